import { useId, useRef, useState } from 'react'
import type { ReactNode } from 'react'

import { useI18n } from '../i18n/I18nProvider.tsx'
import './facilitator.css'

interface ConfirmButtonProps {
  /** The button that opens the question. */
  label: string
  /** A longer name for that button, beginning with `label`, where several stand side by side. */
  ariaLabel?: string
  /** The question, as the dialog's title. */
  title: string
  /** What will happen, in a sentence or two each. */
  explanation: string[]
  confirmLabel: string
  onConfirm(): Promise<void> | void
  className?: string
  children?: ReactNode
}

/**
 * A button for an action that cannot be taken back: it asks first, in a modal `<dialog>`
 * saying what will happen. The native modal keeps focus inside and closes on Escape; focus
 * starts on "Cancel", so a stray Enter does nothing, and goes back to the button afterwards.
 */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { label, ariaLabel, title, explanation, confirmLabel, onConfirm, className } = props
  const { t } = useI18n()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  const close = () => {
    dialog.current?.close()
    opener.current?.focus()
  }
  const confirm = async () => {
    setBusy(true)
    setFailed(false)
    try {
      await onConfirm()
      close()
    } catch {
      // Stay open, so the person sees it did not happen and can try again or cancel.
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={className}
        aria-haspopup="dialog"
        aria-label={ariaLabel}
        onClick={() => {
          setFailed(false)
          dialog.current?.showModal()
          cancel.current?.focus()
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-explanation`}
        // Escape closes the dialog natively; put focus back where the person was.
        onClose={() => opener.current?.focus()}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-explanation`}>
          {explanation.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        {props.children}
        {failed && (
          <p role="alert" className="confirm-dialog__error">
            {t('confirmFailed')}
          </p>
        )}
        <div className="confirm-dialog__actions">
          <button ref={cancel} type="button" className="secondary-button" onClick={close}>
            {t('confirmCancel')}
          </button>
          <button type="button" className="danger-button" disabled={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  )
}

import type { BoardAgendaStep } from '@bordduk/shared'

import { useI18n } from '../i18n/I18nProvider.tsx'
import './agendaStep.css'

/**
 * The agenda step on the workshop banner: "Steg 2 av 5: title — instruction". Folded, only
 * "Steg 2 av 5" stays. The instruction wraps rather than being cut: it is what to do now.
 */
export function AgendaStepLabel({ step, folded }: { step: BoardAgendaStep; folded: boolean }) {
  const { t } = useI18n()
  const position = t('agendaBannerStep', { n: step.index + 1, count: step.count })
  if (folded) {
    return (
      <span className="agenda-step agenda-step--folded" data-testid="agenda-step">
        {position}
      </span>
    )
  }
  return (
    <span className="agenda-step" data-testid="agenda-step">
      <strong className="agenda-step__position">{position}:</strong> <strong>{step.title}</strong>
      {step.instruction && (
        <>
          {' – '}
          <span data-testid="agenda-step-instruction">{step.instruction}</span>
        </>
      )}
    </span>
  )
}

import { useId, useState } from 'react'

import { LOCALES } from '@bordduk/shared'
import type { Locale } from '@bordduk/shared'

import { setBoardLocale } from '../api/api.ts'
import { errorText } from '../api/errorText.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { LANGUAGE_NAMES } from '../i18n/languageNames.ts'
import { useBoard } from './BoardContext.ts'
import { useWorkshopMap } from './useWorkshopMap.ts'

/**
 * The language the board's printed layer is written in, shared by everyone on the board
 * (unlike "my language", which is each person's own), offering the languages the board's
 * template is written in. It follows the board's shared state, so a
 * switch made in another browser shows here at once.
 */
export function BoardLanguage() {
  const { t } = useI18n()
  const board = useBoard()
  const id = useId()
  const shared = useWorkshopMap(board.connection.doc).locale ?? board.boardLocale
  // What this browser asked for, shown until the server's answer (and the doc) catch up.
  const [pending, setPending] = useState<Locale | null>(null)
  // Why the switch failed, in the reader's language (the server's code, see errorText).
  const [failed, setFailed] = useState<string | null>(null)
  const onChange = async (next: Locale) => {
    setPending(next)
    setFailed(null)
    try {
      await setBoardLocale(board.boardId, board.boardKey, next)
    } catch (error) {
      setFailed(`${t('boardLanguageFailed')}: ${errorText(error, t)}`)
    } finally {
      setPending(null)
    }
  }
  return (
    <div className="board-language">
      <label htmlFor={id}>{t('boardLanguage')}</label>
      <select
        id={id}
        value={pending ?? shared}
        data-testid="board-language"
        onChange={(e) => void onChange(e.target.value as Locale)}
      >
        {LOCALES.filter((l) => board.boardLocales.includes(l) || l === shared).map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      {failed && <span role="alert">{failed}</span>}
    </div>
  )
}

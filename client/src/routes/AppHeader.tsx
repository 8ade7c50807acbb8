import { useI18n } from '../i18n/I18nProvider.tsx'
import { LanguageSwitch } from './LanguageSwitch.tsx'

/**
 * The band at the top of every page outside a board: the name, which leads back to the start
 * page (except on the start page itself), and my language.
 */
export function AppHeader({ linkHome = true }: { linkHome?: boolean }) {
  const { t } = useI18n()
  return (
    <header className="start-page__header">
      {linkHome ? (
        <a className="start-page__brand" href="/">
          {t('appName')}
        </a>
      ) : (
        <span className="start-page__brand">{t('appName')}</span>
      )}
      <nav aria-label={t('mainNavigation')}>
        <LanguageSwitch />
      </nav>
    </header>
  )
}

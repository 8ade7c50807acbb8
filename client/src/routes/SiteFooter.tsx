import { useI18n } from '../i18n/I18nProvider.tsx'
import { STATEMENT_PATH } from './matchRoute.ts'

/** The foot of the pages outside a board: the way to the accessibility statement. */
export function SiteFooter() {
  const { t } = useI18n()
  return (
    <footer className="site-footer">
      <nav aria-label={t('footerNavigation')}>
        <a href={STATEMENT_PATH}>{t('accessibilityStatement')}</a>
      </nav>
    </footer>
  )
}

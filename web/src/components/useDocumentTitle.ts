import { useEffect } from 'react';
import { useI18n } from '../i18n.js';

/** Set the tab title to `title · مرصد` (just the app name when `title` is empty). */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  const app = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}

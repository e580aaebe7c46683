import { useEffect, useState } from 'preact/hooks';
import { safeLocale } from '../../../lib/anxiety/money';

/** The reader's locale, read after hydration ("en" while rendering on the server). */
export function useLocale(): string {
  const [locale, setLocale] = useState('en');
  useEffect(() => {
    setLocale(safeLocale(navigator.languages?.[0] ?? navigator.language));
  }, []);
  return locale;
}

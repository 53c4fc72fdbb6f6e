import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The part of the address that names a screen (a use case's tabs are one screen). */
function screenKey(pathname: string): string {
  return pathname.split('/').slice(0, 5).join('/');
}

/**
 * After moving to another screen: the browser tab says where one is, and the keyboard focus goes
 * to the screen's title (screen readers announce it) instead of being lost on the page.
 */
export function usePageFocus(): void {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const key = screenKey(pathname);
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const first = previous.current === null;
    previous.current = key;
    let frames = 0;
    let handle = 0;
    const settle = () => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (heading) {
        document.title = `${heading.textContent ?? ''} · ${t('app.name')}`;
        if (!first && !heading.contains(document.activeElement)) {
          heading.tabIndex = -1;
          heading.focus({ preventScroll: false });
        }
        return;
      }
      if (frames++ < 120) handle = requestAnimationFrame(settle);
    };
    handle = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(handle);
  }, [key, t]);
}

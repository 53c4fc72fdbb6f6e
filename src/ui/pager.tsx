import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import styles from './ui.module.css';

/**
 * One page of a long list, so that a screen renders a bounded number of items whatever the
 * workspace's size. The page goes back to the first when the list's length changes.
 */
export function usePage<T>(items: readonly T[], pageSize: number) {
  const [state, setState] = useState({ page: 0, length: items.length });
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const page = state.length === items.length ? Math.min(state.page, pages - 1) : 0;
  const from = page * pageSize;
  return {
    items: items.slice(from, from + pageSize),
    page,
    pages,
    from,
    to: Math.min(items.length, from + pageSize),
    total: items.length,
    go: (next: number) => setState({ page: next, length: items.length }),
  };
}

/** Previous / next buttons of a paged list, and which items are shown ("51–100 of 12,345"). */
export function Pager({
  paging,
  label,
}: {
  paging: ReturnType<typeof usePage>;
  /** What the list is ("Open items"): names the navigation for screen readers. */
  label: string;
}) {
  const { t } = useTranslation();
  if (paging.pages <= 1) return null;
  return (
    <nav className={styles.pager} aria-label={t('scale.pager.label', { what: label })}>
      <Button small isDisabled={paging.page === 0} onPress={() => paging.go(paging.page - 1)}>
        {t('scale.pager.previous')}
      </Button>
      <span aria-live="polite">
        {t('scale.pager.range', { from: paging.from + 1, to: paging.to, total: paging.total })}
      </span>
      <Button
        small
        isDisabled={paging.page >= paging.pages - 1}
        onPress={() => paging.go(paging.page + 1)}
      >
        {t('scale.pager.next')}
      </Button>
    </nav>
  );
}

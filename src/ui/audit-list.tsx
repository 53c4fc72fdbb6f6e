import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAuditSide, type AuditNames } from '../domain/audit/describe-entry';
import type { AuditEntry } from '../domain/schema/audit-entry';
import { phraseAuditFields } from './audit-text';
import { useFormatters } from './format';
import styles from './audit-list.module.css';

/**
 * The audit trail, newest first: who, when (local time), what, before and after, with names
 * instead of ids and values in the UI language (as text, never HTML). Only the entries in view
 * are rendered, so that a trail of 10,000+ entries scrolls without delay.
 */
export function AuditList({
  entries,
  names,
  label,
  maxHeight = '70vh',
}: {
  entries: readonly AuditEntry[];
  names: AuditNames;
  label: string;
  maxHeight?: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is used as documented
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 110,
    overscan: 8,
    initialRect: { width: 900, height: 700 },
    getItemKey: (index) => entries[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} className={styles.scroll} style={{ maxHeight }}>
      <ol className={styles.list} aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={styles.row}
              style={{ transform: `translateY(${item.start}px)` }}
              aria-setsize={entries.length}
              aria-posinset={item.index + 1}
            >
              <AuditEntryView entry={entry} names={names} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function AuditEntryView({ entry, names }: { entry: AuditEntry; names: AuditNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const before = describeAuditSide(entry.before, names);
  const after = describeAuditSide(entry.after, names);
  return (
    <article className={styles.entry}>
      <div className={styles.head}>
        <span className={styles.entity}>{t(`audit.entity.${entry.entityType}`)}</span>
        <span className={styles.label}>{entry.label}</span>
        <span className={styles.action}>{t(`audit.action.${entry.action}`)}</span>
      </div>
      <div className={styles.meta}>
        {t(entry.via === 'liveSession' ? 'liveSession.auditScored' : 'audit.byAt', {
          actor: entry.actor,
          at: f.dateTime(entry.at),
        })}
      </div>
      {before.length || after.length ? (
        <dl className={styles.diff}>
          {before.length ? (
            <>
              <dt>{t('audit.before')}</dt>
              <dd>{phraseAuditFields(before, t, f)}</dd>
            </>
          ) : null}
          {after.length ? (
            <>
              <dt>{t('audit.after')}</dt>
              <dd>{phraseAuditFields(after, t, f)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </article>
  );
}

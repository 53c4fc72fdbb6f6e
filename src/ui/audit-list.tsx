import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../domain/schema/audit-entry';
import { CRITERION_IDS } from '../domain/schema/criterion';
import { useFormatters } from './format';
import styles from './audit-list.module.css';

type Translate = (key: string, options?: Record<string, unknown>) => string;

function describeValue(v: unknown, t: Translate): string {
  if (v === null || v === undefined || v === '') return t('audit.empty');
  if (typeof v === 'string') return v;
  if (Array.isArray(v))
    return v.length ? v.map((x) => describeValue(x, t)).join(', ') : t('audit.empty');
  if (typeof v === 'object' && 'score' in v) {
    const { score, rationale } = v as { score: number | null; rationale?: string };
    const s = score === null ? t('audit.unset') : String(score);
    return rationale ? `${s} (${rationale})` : s;
  }
  return JSON.stringify(v);
}

function describe(value: AuditEntry['before'], t: Translate): string {
  if (value === null) return '';
  if (typeof value !== 'object' || Array.isArray(value)) return describeValue(value, t);
  return Object.entries(value)
    .map(([k, v]) => {
      const field = t(k in CRITERION_LABEL_KEYS ? `criteria.${k}.label` : `fields.${k}`, {
        defaultValue: k,
      });
      const text =
        (k === 'status' || k === 'scope') && typeof v === 'string'
          ? t(`${k}.${v}`)
          : describeValue(v, t);
      return t('audit.fieldValue', { field, value: text });
    })
    .join(' · ');
}

const CRITERION_LABEL_KEYS = Object.fromEntries(CRITERION_IDS.map((id) => [id, true]));

/** The audit trail, newest first: who, when, what, before and after (as text, never HTML). */
export function AuditList({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <ol className={styles.list}>
      {entries.map((e) => (
        <li key={e.id} className={styles.entry}>
          <div className={styles.head}>
            <strong>{t(`audit.action.${e.action}`)}</strong>{' '}
            <span>{t(`audit.entity.${e.entityType}`)}</span>{' '}
            <span className={styles.label}>{e.label}</span>
          </div>
          <div className={styles.meta}>
            {t('audit.byAt', { actor: e.actor, at: f.dateTime(e.at) })}
          </div>
          {e.before !== null || e.after !== null ? (
            <dl className={styles.diff}>
              {e.before !== null ? (
                <>
                  <dt>{t('audit.before')}</dt>
                  <dd>{describe(e.before, t)}</dd>
                </>
              ) : null}
              {e.after !== null ? (
                <>
                  <dt>{t('audit.after')}</dt>
                  <dd>{describe(e.after, t)}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../domain/schema/audit-entry';
import { CRITERION_IDS } from '../domain/schema/criterion';
import { useFormatters } from './format';
import styles from './audit-list.module.css';

type Translate = (key: string, options?: Record<string, unknown>) => string;

function describeValue(v: unknown, t: Translate, number: (n: number) => string): string {
  if (v === null || v === undefined || v === '') return t('audit.empty');
  if (typeof v === 'string') return v;
  if (Array.isArray(v))
    return v.length ? v.map((x) => describeValue(x, t, number)).join(', ') : t('audit.empty');
  if (typeof v === 'boolean') return t(v ? 'audit.yes' : 'audit.no');
  if (typeof v === 'object' && 'score' in v) {
    const { score, rationale } = v as { score: number | null; rationale?: string };
    const s = score === null ? t('audit.unset') : String(score);
    return rationale ? `${s} (${rationale})` : s;
  }
  if (typeof v === 'object') {
    // A nested group of fields (human loop, success measure, weights...): its filled fields only.
    const parts = Object.entries(v as Record<string, unknown>)
      .filter(
        ([k, x]) =>
          !HIDDEN.has(k) && x !== null && x !== '' && !(Array.isArray(x) && x.length === 0),
      )
      .map(([k, x]) =>
        t('audit.fieldValue', { field: fieldLabel(k, t), value: describeValue(x, t, number) }),
      );
    return parts.length ? parts.join(', ') : t('audit.empty');
  }
  // Weights and money may carry many decimals: two at most, in the UI language.
  return typeof v === 'number' ? number(v) : JSON.stringify(v);
}

const OVERRIDE_ACTIONS = new Set([
  'forceIntoTop',
  'forceOutOfTop',
  'setPosition',
  'forceIntoWave',
  'forceOutOfWave',
]);

/** Technical fields a reader of the trail has no use for. */
const HIDDEN = new Set([
  'id',
  'workspaceId',
  'useCaseId',
  'participantId',
  'createdAt',
  'updatedAt',
]);

function fieldLabel(key: string, t: Translate): string {
  return t(key in CRITERION_LABEL_KEYS ? `criteria.${key}.label` : `fields.${key}`, {
    defaultValue: key,
  });
}

function describe(
  value: AuditEntry['before'],
  t: Translate,
  number: (n: number) => string,
): string {
  if (value === null) return '';
  if (typeof value !== 'object' || Array.isArray(value)) return describeValue(value, t, number);
  return Object.entries(value)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => {
      const field = fieldLabel(k, t);
      const text =
        (k === 'status' || k === 'scope') && typeof v === 'string'
          ? t(`${k}.${v}`)
          : k === 'action' && typeof v === 'string' && OVERRIDE_ACTIONS.has(v)
            ? t(`audit.overrideAction.${v}`)
            : describeValue(v, t, number);
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
            <span className={styles.entity}>{t(`audit.entity.${e.entityType}`)}</span>
            <span className={styles.label}>{e.label}</span>
            <span className={styles.action}>{t(`audit.action.${e.action}`)}</span>
          </div>
          <div className={styles.meta}>
            {t(e.via === 'liveSession' ? 'liveSession.auditScored' : 'audit.byAt', {
              actor: e.actor,
              at: f.dateTime(e.at),
            })}
          </div>
          {e.before !== null || e.after !== null ? (
            <dl className={styles.diff}>
              {e.before !== null ? (
                <>
                  <dt>{t('audit.before')}</dt>
                  <dd>{describe(e.before, t, f.decimal)}</dd>
                </>
              ) : null}
              {e.after !== null ? (
                <>
                  <dt>{t('audit.after')}</dt>
                  <dd>{describe(e.after, t, f.decimal)}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

import type { AuditField, AuditValue } from '../domain/audit/describe-entry';
import type { Formatters } from './format';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const moneyFormats = new Map<string, Intl.NumberFormat>();
function money(locale: string, currency: string, value: number): string {
  const id = `${locale}|${currency}`;
  let format = moneyFormats.get(id);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        maximumFractionDigits: 2,
      });
    } catch {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    }
    moneyFormats.set(id, format);
  }
  return format.format(value);
}

/** A value of the audit trail in the UI language: money, dates, enums, names. */
function phraseAuditValue(v: AuditValue, t: Translate, f: Formatters): string {
  switch (v.kind) {
    case 'empty':
      return t('audit.empty');
    case 'text':
      return v.text;
    case 'number':
      return f.decimal(v.value);
    case 'money':
      return money(f.locale, v.currency, v.value);
    case 'percent':
      return `${f.decimal(v.value)} %`;
    case 'date':
      return f.date(v.iso);
    case 'dateTime':
      return Number.isNaN(Date.parse(v.iso)) ? v.iso : f.dateTime(v.iso);
    case 'yesNo':
      return t(v.value ? 'audit.yes' : 'audit.no');
    case 'key':
      return t(v.key, { defaultValue: v.raw });
    case 'removed':
      return t('auditTrail.removed');
    case 'score': {
      const score = v.score === null ? t('audit.unset') : f.rawScore(v.score);
      return v.rationale ? `${score} (${v.rationale})` : score;
    }
    case 'list':
      return f.list(v.items.map((x) => phraseAuditValue(x, t, f)));
    case 'group':
      return phraseAuditFields(v.fields, t, f, ', ');
  }
}

/** "Field: value · Field: value" for one side of an entry. */
export function phraseAuditFields(
  fields: readonly AuditField[],
  t: Translate,
  f: Formatters,
  separator = ' · ',
): string {
  return fields
    .map((x) =>
      t('audit.fieldValue', {
        field: t(x.label, { defaultValue: x.label.split('.').pop() }),
        value: phraseAuditValue(x.value, t, f),
      }),
    )
    .join(separator);
}

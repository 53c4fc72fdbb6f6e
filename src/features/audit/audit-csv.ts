import {
  describeAuditSide,
  useCaseOfEntry,
  type AuditNames,
} from '../../domain/audit/describe-entry';
import { toCsv, type ExportCell } from '../../domain/exchange/csv';
import type { Language } from '../../domain/schema/common';
import type { AuditEntry } from '../../domain/schema/audit-entry';
import { phraseAuditFields } from '../../ui/audit-text';
import type { Formatters } from '../../ui/format';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The filtered trail as a CSV file's text, in the UI language (local times, names, values as
 * on screen); text cells starting with = + - @ tab or CR are neutralised by toCsv.
 */
export function auditTrailCsv(
  entries: readonly AuditEntry[],
  names: AuditNames,
  t: Translate,
  f: Formatters,
  language: Language,
): string {
  const header: ExportCell[] = [
    t('auditTrail.column.at'),
    t('auditTrail.column.actor'),
    t('auditTrail.column.kind'),
    t('auditTrail.column.action'),
    t('auditTrail.column.item'),
    t('auditTrail.column.useCase'),
    t('audit.before'),
    t('audit.after'),
  ];
  const rows = entries.map((e): ExportCell[] => {
    const useCaseId = useCaseOfEntry(e, names);
    return [
      f.dateTime(e.at),
      e.actor,
      t(`audit.entity.${e.entityType}`),
      t(`audit.action.${e.action}`),
      e.label,
      useCaseId === null ? null : (names.useCases.get(useCaseId) ?? t('auditTrail.removed')),
      phraseAuditFields(describeAuditSide(e.before, names), t, f),
      phraseAuditFields(describeAuditSide(e.after, names), t, f),
    ];
  });
  return toCsv([header, ...rows], language);
}

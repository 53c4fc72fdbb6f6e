import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../domain/exchange/import-use-cases';
import {
  ENUM_FIELDS,
  ENUM_VALUES,
  distinctValues,
  type EnumField,
  type ValueMapping,
} from '../../domain/exchange/import-values';
import type { ImportedTable } from '../../domain/exchange/imported-table';
import styles from './exchange.module.css';
import { ColumnHeads } from '../../ui/column-heads';

const REFUSE = '';

/**
 * For each column mapped to a scope or a status: the file's own words, how many rows use each,
 * and what each becomes here (suggested, editable; "refuse" refuses those rows).
 */
export function ValueMappingTables({
  table,
  mapping,
  values,
  onChange,
}: {
  table: ImportedTable;
  mapping: ColumnMapping;
  values: ValueMapping;
  onChange: (next: ValueMapping) => void;
}) {
  const { t } = useTranslation();
  const meaning = (field: EnumField, value: string) =>
    field === 'scope' ? t(`scope.${value}`) : t(`status.${value}`);
  return ENUM_FIELDS.map((field) => {
    const distinct = distinctValues(table, mapping, field);
    if (!distinct.length) return null;
    const header = table.headers[mapping.indexOf(field)] ?? field;
    const current: Record<string, string | null> = values[field];
    return (
      <section key={field} aria-label={t('listImport.valuesOf', { column: header })}>
        <h4>{t('listImport.valuesOf', { column: header })}</h4>
        <table className={styles.table}>
          <ColumnHeads
            columns={[t('listImport.valueOfFile'), t('listImport.rows'), t('listImport.becomes')]}
          />
          <tbody>
            {distinct.map((v) => (
              <tr key={v.key}>
                <td>{v.text}</td>
                <td>{t('listImport.count', { count: v.count })}</td>
                <td>
                  <select
                    aria-label={`${t('listImport.becomes')}: ${v.text}`}
                    value={current[v.key] ?? REFUSE}
                    onChange={(e) => {
                      const chosen =
                        (ENUM_VALUES[field] as readonly string[]).find(
                          (x) => x === e.target.value,
                        ) ?? null;
                      onChange({ ...values, [field]: { ...current, [v.key]: chosen } });
                    }}
                  >
                    <option value={REFUSE}>{t('listImport.refuseValue')}</option>
                    {ENUM_VALUES[field].map((value) => (
                      <option key={value} value={value}>
                        {meaning(field, value)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  });
}

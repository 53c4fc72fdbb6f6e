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
import { OptionalSelect } from '../../ui/optional-select';

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
                  <OptionalSelect<string>
                    label={`${t('listImport.becomes')}: ${v.text}`}
                    value={current[v.key]}
                    noneLabel={t('listImport.refuseValue')}
                    values={ENUM_VALUES[field]}
                    labelOf={(value) => meaning(field, value)}
                    onChange={(chosen) =>
                      onChange({ ...values, [field]: { ...current, [v.key]: chosen } })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    );
  });
}

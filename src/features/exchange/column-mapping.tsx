import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  type ColumnMapping,
  type ImportField,
} from '../../domain/exchange/import-use-cases';
import { CRITERION_IDS } from '../../domain/schema/criterion';
import styles from './exchange.module.css';
import { ColumnHeads } from '../../ui/column-heads';
import { OptionalSelect } from '../../ui/optional-select';

/** The name of an import field in the UI language (a criterion's label, or a form field). */
function useFieldLabel(): (field: ImportField) => string {
  const { t } = useTranslation();
  return (field) =>
    (CRITERION_IDS as readonly string[]).includes(field)
      ? t(`criteria.${field}.label`)
      : t(`exchange.fieldName.${field}`);
}

/** Each column of the file and the field it fills (or "ignore"), proposed and editable. */
export function ColumnMappingTable({
  headers,
  mapping,
  onChange,
}: {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (next: ColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  return (
    <table className={styles.table}>
      <ColumnHeads columns={[t('exchange.columnOfFile'), t('exchange.field')]} />
      <tbody>
        {headers.map((header, i) => (
          <tr key={i}>
            <td>{header}</td>
            <td>
              <OptionalSelect
                label={`${t('exchange.field')}: ${header}`}
                value={mapping[i]}
                noneLabel={t('exchange.ignore')}
                values={IMPORT_FIELDS}
                labelOf={fieldLabel}
                onChange={(value) => onChange(mapping.map((x, k) => (k === i ? value : x)))}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useTranslation } from 'react-i18next';
import type { MatrixFilterOptions, MatrixFilters } from '../../domain/matrix/matrix-points';
import { USE_CASE_STATUSES } from '../../domain/schema/use-case';
import type { JourneyPhase } from '../../domain/schema/workflow';
import { ChoiceSelect, type SelectOption } from '../../ui/select-options';
import styles from './matrix.module.css';

interface Props {
  filters: MatrixFilters;
  options: MatrixFilterOptions;
  onChange: (filters: MatrixFilters) => void;
}

/** Filters of the matrix: workflow, journey phase, tag, status (empty = all). */
export function MatrixFiltersBar({ filters, options, onChange }: Props) {
  const { t } = useTranslation();
  const select = (
    label: string,
    value: string | null,
    choices: readonly SelectOption[],
    apply: (v: string | null) => MatrixFilters,
  ) => (
    <label className={styles.filter}>
      <span>{label}</span>
      <ChoiceSelect
        value={value ?? ''}
        onChange={(v) => onChange(apply(v || null))}
        none={t('matrix.all')}
        options={choices}
      />
    </label>
  );
  return (
    <div className={styles.filters} role="group" aria-label={t('matrix.filters')}>
      {select(
        t('matrix.workflow'),
        filters.workflowId,
        options.workflows.map((w) => ({ value: w.id, label: w.name })),
        (v) => ({ ...filters, workflowId: v }),
      )}
      {select(
        t('matrix.phase'),
        filters.phase,
        options.phases.map((p) => ({ value: p, label: t(`matrix.phases.${p}`) })),
        (v) => ({ ...filters, phase: v as JourneyPhase | null }),
      )}
      {select(
        t('matrix.tag'),
        filters.tag,
        options.tags.map((tag) => ({ value: tag, label: tag })),
        (v) => ({ ...filters, tag: v }),
      )}
      {select(
        t('matrix.status'),
        filters.status,
        USE_CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
        (v) => ({ ...filters, status: v as MatrixFilters['status'] }),
      )}
    </div>
  );
}

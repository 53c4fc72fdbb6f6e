import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatrixPoint } from '../../domain/matrix/matrix-points';
import { useFormatters } from '../../ui/format';
import { VirtualTable, type Column } from '../../ui/virtual-table';
import { formatMoney } from '../../ui/format-money';

/** The matrix as a table: the same use cases and figures, for the keyboard and screen readers. */
export function MatrixTable({
  workspaceId,
  points,
}: {
  workspaceId: string;
  points: readonly MatrixPoint[];
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: Column<MatrixPoint>[] = [
    { id: 'rank', header: t('matrix.rank'), align: 'end', width: '5rem', cell: (p) => p.rank },
    {
      id: 'title',
      header: t('matrix.useCase'),
      cell: (p) => <Link to={`/w/${workspaceId}/use-cases/${p.id}/explanation`}>{p.title}</Link>,
    },
    { id: 'value', header: t('matrix.value'), align: 'end', cell: (p) => f.score(p.value) },
    {
      id: 'feasibility',
      header: t('matrix.feasibility'),
      align: 'end',
      cell: (p) => f.score(p.feasibility),
    },
    {
      id: 'quadrant',
      header: t('matrix.quadrant'),
      cell: (p) => t(`quadrant.${p.quadrant}`),
    },
    { id: 'scope', header: t('matrix.scope'), cell: (p) => t(`scope.${p.scope}`) },
    {
      id: 'benefit',
      header: t('matrix.yearlyBenefit'),
      align: 'end',
      cell: (p) =>
        p.yearlyBenefit !== null
          ? formatMoney(f.locale, p.yearlyBenefit, p.currency)
          : p.benefitNeeds.length > 0
            ? t('finance.unavailable.incomplete', {
                inputs: p.benefitNeeds.map((key) => t(`finance.input.${key}`)).join(', '),
              })
            : t('common.none'),
    },
  ];
  return (
    <VirtualTable
      label={t('matrix.tableLabel')}
      rows={points}
      columns={columns}
      rowKey={(p) => p.id}
      maxHeight="60vh"
    />
  );
}

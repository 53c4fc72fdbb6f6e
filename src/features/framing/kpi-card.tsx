import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiForm } from '../../db/repositories/framing';
import type { Kpi, Workspace } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { ItemActions } from './item-actions';
import { KpiDialog } from './kpi-dialog';
import styles from './framing.module.css';
import { DataTable } from '../../ui/data-table';

const EMPTY_KPI: KpiForm = {
  name: '',
  departmentId: null,
  unit: '',
  direction: 'up',
  baseline: null,
};

function kpiFormOf(kpi: Kpi): KpiForm {
  const { name, departmentId, unit, direction, baseline } = kpi;
  return { name, departmentId, unit, direction, baseline };
}

interface Props {
  workspace: Workspace;
  /** `seen`: the KPI as its dialog opened it (a save over another tab's change is refused). */
  onSave: (id: string | null, form: KpiForm, seen?: Kpi) => Promise<void>;
  onRemove: (kpi: Kpi) => void;
}

/** The workspace's KPIs: who owns each, its unit, its good direction and its baseline. */
export function KpiCard({ workspace, onSave, onRemove }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [editing, setEditing] = useState<Kpi | 'new' | null>(null);
  const current = editing === 'new' ? null : editing;
  const departmentName = (id: string | null) =>
    workspace.departments.find((d) => d.id === id)?.name ?? t('common.none');
  return (
    <Card className={styles.section}>
      <h2>{t('framing.kpis')}</h2>
      <DataTable
        className={styles.table}
        label={t('framing.kpis')}
        scroll={t('framing.kpis')}
        empty={<p className={styles.muted}>{t('framing.noKpi')}</p>}
        rows={workspace.kpis}
        rowKey={(kpi) => kpi.id}
        columns={[
          { label: t('framing.kpiName'), rowHeader: true, cell: (kpi) => kpi.name },
          { label: t('framing.kpiDepartment'), cell: (kpi) => departmentName(kpi.departmentId) },
          { label: t('framing.kpiUnit'), cell: (kpi) => kpi.unit || t('common.none') },
          {
            label: t('framing.kpiDirection'),
            cell: (kpi) =>
              t(kpi.direction === 'up' ? 'framing.directionUp' : 'framing.directionDown'),
          },
          {
            label: t('framing.kpiBaseline'),
            cellClassName: styles.number,
            cell: (kpi) =>
              kpi.baseline === null
                ? t('common.none')
                : new Intl.NumberFormat(f.locale, { maximumFractionDigits: 2 }).format(
                    kpi.baseline,
                  ),
          },
          {
            label: t('framing.actions'),
            hidden: true,
            cell: (kpi) => (
              <ItemActions
                name={kpi.name}
                onEdit={() => setEditing(kpi)}
                onRemove={() => onRemove(kpi)}
              />
            ),
          },
        ]}
      />
      <Button onPress={() => setEditing('new')} data-editing-chrome="">
        {t('framing.addKpi')}
      </Button>
      <KpiDialog
        isOpen={editing !== null}
        onOpenChange={(open) => {
          if (!open) setEditing(null);
        }}
        title={current ? t('framing.editItem', { name: current.name }) : t('framing.addKpi')}
        departments={workspace.departments}
        initial={current ? kpiFormOf(current) : EMPTY_KPI}
        stale={current ? { seen: current, toForm: kpiFormOf } : undefined}
        onSubmit={(form, seen) => onSave(current?.id ?? null, form, seen)}
      />
    </Card>
  );
}

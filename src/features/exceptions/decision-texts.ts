import type { WorkspaceRanking } from '../../data/use-ranking';
import type { KpiConflict } from '../../domain/conflicts/kpi-conflicts';
import type { Override } from '../../domain/schema/decision';
import type { Wave } from '../../domain/schema/roadmap';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The names people read for the ids that decisions and conflicts refer to. */
export interface Names {
  useCase: (id: string) => string;
  kpi: (id: string) => string;
  department: (id: string | null) => string;
}

export function namesOf(data: WorkspaceRanking, t: Translate): Names {
  const kpis = new Map(data.workspace.kpis.map((k) => [k.id, k.name]));
  const departments = new Map(data.workspace.departments.map((d) => [d.id, d.name]));
  return {
    useCase: (id) => data.useCasesById.get(id)?.title ?? id,
    kpi: (id) => kpis.get(id) ?? id,
    department: (id) => (id === null ? t('conflicts.noDepartment') : (departments.get(id) ?? id)),
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** One sentence that says what the conflict is, in the current language. */
export function conflictSentence(
  conflict: KpiConflict,
  names: Names,
  t: Translate,
  list: (items: readonly string[]) => string,
): string {
  const kpiOf = (kpiId: string, departmentId: string | null) =>
    t('conflicts.kpiOf', { kpi: names.kpi(kpiId), department: names.department(departmentId) });
  if (conflict.kind === 'crossDepartment') {
    const improved = conflict.sides.filter((s) => s.improves);
    const degraded = conflict.sides.filter((s) => !s.improves);
    return t('conflicts.crossSentence', {
      useCase: list(unique(conflict.sides.map((s) => names.useCase(s.useCaseId)))),
      improved: list(unique(improved.map((s) => kpiOf(s.kpiId, s.departmentId)))),
      degraded: list(unique(degraded.map((s) => kpiOf(s.kpiId, s.departmentId)))),
    });
  }
  const first = conflict.sides[0];
  const pushing = (effect: 'increase' | 'decrease') =>
    list(
      unique(
        conflict.sides.filter((s) => s.effect === effect).map((s) => names.useCase(s.useCaseId)),
      ),
    );
  return t('conflicts.opposingSentence', {
    kpi: first ? kpiOf(first.kpiId, first.departmentId) : '',
    up: pushing('increase'),
    down: pushing('decrease'),
  });
}

export function describeOverride(
  o: Override,
  t: Translate,
  k: number,
  waves: readonly Wave[],
): string {
  return t(`overrides.described.${o.action}`, {
    k,
    position: o.position ?? 0,
    wave: waves.find((w) => w.id === o.waveId)?.name ?? '',
  });
}

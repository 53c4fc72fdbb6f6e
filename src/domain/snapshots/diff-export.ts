import type { ExportCell } from '../exchange/csv';
import type { Label } from '../exchange/export-tables';
import { escapeMarkdown } from '../exchange/markdown-report';
import type { OverrideChange, SnapshotDiff } from './snapshot-diff-types';

/** The kinds of difference, in the order they are listed (message keys `snapshots.kind.*`). */
export const DIFF_KINDS = [
  'rankMove',
  'added',
  'dropped',
  'scoreChange',
  'weightChange',
  'settingChange',
  'overrideAdded',
  'overrideEnded',
  'quadrantChange',
] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

/** One row per difference: kind, use case, what, from, to, who, when, why. */
export interface DiffRow {
  kind: DiffKind;
  useCase: string;
  what: string;
  from: ExportCell;
  to: ExportCell;
  who: string;
  when: string;
  why: string;
}

/** Every difference as a row (labels translated by `label`; numbers in full precision). */
export function diffRows(diff: SnapshotDiff, label: Label): DiffRow[] {
  const row = (kind: DiffKind, r: Partial<DiffRow>): DiffRow => ({
    kind,
    useCase: '',
    what: '',
    from: null,
    to: null,
    who: '',
    when: '',
    why: '',
    ...r,
  });
  const criterion = (id: string) => label(`criteria.${id}.label`);
  /** An override added or ended: its action, author, time and reason. */
  const overrideRow = (kind: DiffKind, { title, override }: OverrideChange) =>
    row(kind, {
      useCase: title,
      what: label(`snapshots.overrideAction.${override.action}`),
      who: override.author,
      when: override.at,
      why: override.reason,
    });
  return [
    ...diff.rankMoves.map((m) => row('rankMove', { useCase: m.title, from: m.from, to: m.to })),
    ...diff.added.map((a) =>
      row('added', { useCase: a.title, what: label(`snapshots.added.${a.kind}`), to: a.to }),
    ),
    ...diff.dropped.map((d) =>
      row('dropped', {
        useCase: d.title,
        what: label(`snapshots.dropped.${d.kind}`),
        from: d.from,
      }),
    ),
    ...diff.scoreChanges.map((c) => {
      const people = c.contributions.map((p) => p.participantName).filter(Boolean);
      if (c.agreement) people.push(c.agreement.author);
      const why = [
        ...c.contributions.map((p) => p.rationale).filter(Boolean),
        ...(c.agreement ? [c.agreement.note] : []),
      ];
      const when = [...c.contributions.map((p) => p.at ?? ''), c.agreement?.at ?? '']
        .filter(Boolean)
        .sort()
        .at(-1);
      return row('scoreChange', {
        useCase: c.title,
        what: criterion(c.criterion),
        from: c.from,
        to: c.to,
        who: [...new Set(people)].join(', '),
        when: when ?? '',
        why: why.join(' / '),
      });
    }),
    ...diff.weightChanges.map((w) =>
      row('weightChange', { what: criterion(w.criterion), from: w.from, to: w.to }),
    ),
    ...diff.settingChanges.map((s) =>
      row('settingChange', {
        what: label(`snapshots.setting.${s.setting}`),
        from: typeof s.from === 'string' ? label(`snapshots.aggregation.${s.from}`) : s.from,
        to: typeof s.to === 'string' ? label(`snapshots.aggregation.${s.to}`) : s.to,
      }),
    ),
    ...diff.overridesAdded.map((o) => overrideRow('overrideAdded', o)),
    ...diff.overridesEnded.map((o) => overrideRow('overrideEnded', o)),
    ...diff.quadrantChanges.map((q) =>
      row('quadrantChange', {
        useCase: q.title,
        from: label(`quadrant.${q.from}`),
        to: label(`quadrant.${q.to}`),
      }),
    ),
  ];
}

/** The differences as a table for CSV: a header row, then one row per difference. */
export function diffTable(rows: readonly DiffRow[], label: Label): ExportCell[][] {
  const columns = ['kind', 'useCase', 'what', 'from', 'to', 'who', 'when', 'why'] as const;
  return [
    columns.map((c) => label(`snapshots.column.${c}`)),
    ...rows.map((r) => [
      label(`snapshots.kind.${r.kind}`),
      r.useCase,
      r.what,
      r.from,
      r.to,
      r.who,
      r.when,
      r.why,
    ]),
  ];
}

/** A Markdown report of the differences: a title line, then one section per kind present. */
export function diffMarkdown(
  title: string,
  rows: readonly DiffRow[],
  label: Label,
  number: (n: number) => string,
): string {
  const cell = (c: ExportCell) =>
    c === null ? '' : typeof c === 'number' ? number(c) : escapeMarkdown(c);
  const lines = [`# ${escapeMarkdown(title)}`, ''];
  if (rows.length === 0) lines.push(label('snapshots.noChange'), '');
  for (const kind of DIFF_KINDS) {
    const ofKind = rows.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    const [header = [], ...body] = diffTable(ofKind, label).map((r) => r.slice(1));
    lines.push(`## ${label(`snapshots.kind.${kind}`)}`, '');
    lines.push(`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
    for (const r of body) lines.push(`| ${r.map(cell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}

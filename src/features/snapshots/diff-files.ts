import { toCsv } from '../../domain/exchange/csv';
import type { Language } from '../../domain/schema/common';
import type { DecisionSnapshot } from '../../domain/schema/decision-snapshot';
import { diffMarkdown, diffTable, type DiffRow } from '../../domain/snapshots/diff-export';
import { downloadText } from '../../ui/download-file';

function fileSafe(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || 'snapshot';
}

export function downloadSnapshot(snapshot: DecisionSnapshot): void {
  downloadText(
    `${fileSafe(snapshot.name)}.json`,
    JSON.stringify(snapshot, null, 1),
    'application/json',
  );
}

export function downloadDiffCsv(
  rows: readonly DiffRow[],
  label: (key: string) => string,
  language: Language,
): void {
  downloadText('changes.csv', toCsv(diffTable(rows, label), language), 'text/csv;charset=utf-8');
}

export function downloadDiffMarkdown(
  title: string,
  rows: readonly DiffRow[],
  label: (key: string) => string,
  number: (n: number) => string,
): void {
  downloadText('changes.md', diffMarkdown(title, rows, label, number), 'text/markdown');
}

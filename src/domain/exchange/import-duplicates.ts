import type { ImportField } from './import-fields';
import type { ImportedUseCase } from './import-use-cases';

/** What to do with a row whose title is already a use case of the workspace or an earlier row. */
export const DUPLICATE_CHOICES = ['skip', 'keepBoth', 'update'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

/** Titles compared as a reader would: case, accents' composition and spacing ignored. */
export function titleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
}

export interface ExistingTitle {
  id: string;
  title: string;
}

/** The duplicates of an import, found before anything is written. */
export interface DuplicateCount {
  /** Rows whose title is a use case of the workspace already. */
  inWorkspace: number;
  /** Rows whose title an earlier row of the file has (and not in the workspace). */
  inFile: number;
}

/** An import as it will be written: use cases to create, use cases to update, rows skipped. */
export interface ImportPlan {
  create: ImportedUseCase[];
  update: { id: string; row: ImportedUseCase }[];
  /** Row numbers not written because they duplicate a title. */
  skipped: number[];
}

export function countDuplicates(
  rows: readonly ImportedUseCase[],
  existing: readonly ExistingTitle[],
): DuplicateCount {
  const inWorkspace = new Set(existing.map((e) => titleKey(e.title)));
  const seen = new Set<string>();
  const count: DuplicateCount = { inWorkspace: 0, inFile: 0 };
  for (const r of rows) {
    const key = titleKey(r.form.title);
    if (inWorkspace.has(key)) count.inWorkspace++;
    else if (seen.has(key)) count.inFile++;
    seen.add(key);
  }
  return count;
}

/**
 * What an import writes with the person's choice for duplicates:
 * - skip: a row whose title is in the workspace, or in an earlier row, is not written;
 * - keepBoth: every row becomes a new use case;
 * - update: per title, the file's last row wins: it updates the workspace's use case of that
 *   title (the first one, when the workspace has several) or creates one; earlier rows of the
 *   same title are skipped.
 */
export function planImport(
  rows: readonly ImportedUseCase[],
  existing: readonly ExistingTitle[],
  choice: DuplicateChoice,
): ImportPlan {
  if (choice === 'keepBoth') return { create: [...rows], update: [], skipped: [] };
  const existingId = new Map<string, string>();
  for (const e of existing) {
    const key = titleKey(e.title);
    if (!existingId.has(key)) existingId.set(key, e.id);
  }
  const plan: ImportPlan = { create: [], update: [], skipped: [] };
  if (choice === 'skip') {
    const seen = new Set<string>();
    for (const r of rows) {
      const key = titleKey(r.form.title);
      if (existingId.has(key) || seen.has(key)) plan.skipped.push(r.row);
      else plan.create.push(r);
      seen.add(key);
    }
    return plan;
  }
  const last = new Map<string, ImportedUseCase>();
  for (const r of rows) last.set(titleKey(r.form.title), r);
  for (const r of rows) {
    const key = titleKey(r.form.title);
    if (last.get(key) !== r) {
      plan.skipped.push(r.row);
      continue;
    }
    const id = existingId.get(key);
    if (id) plan.update.push({ id, row: r });
    else plan.create.push(r);
  }
  return plan;
}

/**
 * The form fields an update takes from the file: those of the mapped columns only (a column
 * the file does not have leaves the use case's value as it is).
 */
export function updatedFields(
  mapped: readonly (ImportField | null)[],
): ('title' | 'description' | 'scope' | 'owner' | 'status' | 'tags')[] {
  const formFields = ['title', 'description', 'scope', 'owner', 'status', 'tags'] as const;
  return formFields.filter((f) => mapped.includes(f));
}

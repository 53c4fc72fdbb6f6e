/**
 * Lint guards ESLint does not give us here (eslint-plugin-import-x is not installed):
 *  - no import cycle between the files of src/ (type-only imports count: they tie files too);
 *  - no source file over 300 lines (tests may reach 400).
 * Run by `npm run lint` (npm run check-imports). Prints each problem and exits 1.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const MAX_LINES = 300;
const MAX_TEST_LINES = 400;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const files = filesUnder(join(ROOT, 'src'));
const graph = new Map<string, string[]>();
const problems: string[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length;
  const limit = /\.test\.tsx?$/.test(file) ? MAX_TEST_LINES : MAX_LINES;
  if (lines > limit) problems.push(`${relative(ROOT, file)}: ${lines} lines (${limit} at most)`);
  const targets: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const target = resolveImport(file, match[1] ?? '');
    if (target) targets.push(target);
  }
  graph.set(file, targets);
}

// Depth-first search; a grey node met again closes a cycle.
const state = new Map<string, 'grey' | 'black'>();
const stack: string[] = [];
function visit(file: string): void {
  state.set(file, 'grey');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    const seen = state.get(next);
    if (seen === 'grey') {
      const cycle = stack.slice(stack.indexOf(next)).concat(next);
      problems.push(`import cycle: ${cycle.map((f) => relative(ROOT, f)).join(' -> ')}`);
    } else if (!seen) visit(next);
  }
  stack.pop();
  state.set(file, 'black');
}
for (const file of files) if (!state.has(file)) visit(file);

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(`check-imports: ${files.length} files, no cycle, none too long`);

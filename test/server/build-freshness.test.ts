import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, staleReason } from '../../server/build';

let project: string;
const dist = () => path.join(project, 'dist');

function touch(file: string, secondsAgo: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'x');
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, when, when);
}

beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'clarte-build-'));
  touch(path.join(project, 'src', 'app', 'app.tsx'), 600);
  touch(path.join(project, 'index.html'), 600);
  touch(path.join(project, 'vite.config.ts'), 600);
  touch(path.join(project, 'package.json'), 600);
  for (const folder of [path.join(project, 'src', 'app'), path.join(project, 'src')]) {
    const when = new Date(Date.now() - 600_000);
    utimesSync(folder, when, when);
  }
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('npm start builds only when needed', () => {
  it('builds when there is no build', () => {
    expect(staleReason(project, dist())).toBe('no build yet');
  });

  it('builds when a build has no stamp (made by something else)', () => {
    touch(path.join(dist(), 'index.html'), 60);
    expect(staleReason(project, dist())).toBe('the build has no stamp');
  });

  it('serves the build as is when nothing changed since its stamp', () => {
    touch(path.join(dist(), 'index.html'), 60);
    touch(path.join(dist(), BUILD_STAMP), 60);
    expect(staleReason(project, dist())).toBeNull();
  });

  it.each([
    ['src', 'src/app/app.tsx'],
    ['index.html', 'index.html'],
    ['vite.config.ts', 'vite.config.ts'],
    ['package.json', 'package.json'],
    ['public', 'public/icon.svg'],
  ])('builds again when %s changed after the stamp', (source, file) => {
    touch(path.join(dist(), 'index.html'), 60);
    touch(path.join(dist(), BUILD_STAMP), 60);
    touch(path.join(project, file), 0);
    expect(staleReason(project, dist())).toBe(`${source} changed since the last build`);
  });
});

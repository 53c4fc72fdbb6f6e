import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipWithin, gzipText, isGzip } from './compression';

const MB = 1024 * 1024;

describe('backup compression', () => {
  it('reads back what it compressed, accents included', async () => {
    const text = JSON.stringify({ title: 'Réponses aux réclamations', n: 42 }).repeat(1000);
    const blob = await gzipText(text);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(isGzip(bytes)).toBe(true);
    expect(bytes.length).toBeLessThan(text.length / 10);
    const read = await gunzipWithin(bytes, { bytes: MB, megabytes: 1 });
    expect(read.ok && new TextDecoder().decode(read.value)).toBe(text);
  });

  it('stops a gzip bomb at the limit and names it (64 MB of zeros in 64 KB)', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * MB));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = performance.now();
    const read = await gunzipWithin(bomb, { bytes: 2 * MB, megabytes: 2 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(read).toEqual({
      ok: false,
      problem: { key: 'exchange.problem.fileTooLarge', path: '', params: { megabytes: 2 } },
    });
  });

  it('refuses a file that starts like gzip but is not', async () => {
    const read = await gunzipWithin(new Uint8Array([0x1f, 0x8b, 1, 2, 3, 4, 5]), {
      bytes: MB,
      megabytes: 1,
    });
    expect(read).toEqual({ ok: false, problem: { key: 'scale.problem.notGzip', path: '' } });
  });
});

import { describe, expect, inject, it } from 'vitest';
import { appPerTest } from './support/app';

// Proves the harness itself (build + preview + problem collection), not the app.
describe('e2e harness', () => {
  const session = appPerTest();

  it('serves the built app and collects console errors and external requests', async () => {
    const app = await session.open({ locale: 'en-US' });
    const { page, problems } = app;

    expect(page.url()).toBe(new URL('/', inject('baseURL')).href);
    expect((await page.title()).trim()).not.toBe('');
    expect(problems).toEqual([]);

    await page.evaluate(() => console.error('x'));
    const fetchResult = await page.evaluate(() =>
      fetch('http://example.invalid/').then(
        () => 'resolved',
        () => 'rejected',
      ),
    );
    expect(fetchResult).toBe('rejected');
    await expect.poll(() => problems.some((p) => p.startsWith('console.error: x'))).toBe(true);
    // The page's Content-Security-Policy refuses the request before it leaves (connect-src 'self');
    // the context's route guard would abort it otherwise. Either way it is reported as a problem.
    await expect
      .poll(() =>
        problems.some(
          (p) =>
            p.includes('http://example.invalid/') &&
            (p.includes('Content Security Policy') || p.startsWith('external request blocked')),
        ),
      )
      .toBe(true);

    problems.length = 0;
  });
});

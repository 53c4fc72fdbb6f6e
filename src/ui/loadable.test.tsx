import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadable, useLoaded, type Loadable } from './loadable';

interface Part {
  Text: () => React.ReactNode;
}

function Shown({ code }: { code: Loadable<Part> }) {
  const part = useLoaded(code);
  return <p data-testid="part">{part ? <part.Text /> : 'nothing yet'}</p>;
}

/** A module whose arrival the test decides. */
function deferredModule() {
  let arrive: (m: Part) => void = () => undefined;
  const importModule = vi.fn(
    () =>
      new Promise<Part>((resolve) => {
        arrive = resolve;
      }),
  );
  return { importModule, arrive: (m: Part) => arrive(m) };
}

describe('loadable parts of a page', () => {
  it('draws nothing until the module arrives, then draws it, asking for it once', async () => {
    const { importModule, arrive } = deferredModule();
    const code = loadable(importModule);
    render(<Shown code={code} />);
    expect(screen.getByTestId('part').textContent).toBe('nothing yet');
    await act(async () => {
      arrive({ Text: () => 'the workspace name' });
      await Promise.resolve();
    });
    expect(screen.getByTestId('part').textContent).toBe('the workspace name');
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it('draws a module loaded beforehand in the first render', async () => {
    const code = loadable(() => Promise.resolve({ Text: () => 'the backup line' }));
    await code.load();
    render(<Shown code={code} />);
    expect(screen.getByTestId('part').textContent).toBe('the backup line');
  });

  it('asks again after a failed load, and leaves the part out meanwhile', async () => {
    const importModule = vi
      .fn<() => Promise<Part>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ Text: () => 'back' });
    const code = loadable(importModule);
    await act(async () => {
      render(<Shown code={code} />);
      await Promise.resolve();
    });
    expect(screen.getByTestId('part').textContent).toBe('nothing yet');
    await expect(code.load()).resolves.toMatchObject({});
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});

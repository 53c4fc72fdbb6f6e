import { render, screen, waitFor } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contextOf, sequence } from '../../test/fixtures/builders';
import { database } from '../db/database';
import { createWorkspace } from '../db/repositories/workspaces';
import { useWorkspaces } from './workspace-list';

const ctx = contextOf('Ada', sequence());

/** A screen that shows the list of workspaces (their names), or that it is loading. */
function WorkspaceNames() {
  const workspaces = useWorkspaces();
  if (workspaces === undefined) return <p>{'Loading'}</p>;
  return (
    <ul>
      {workspaces.map((s) => (
        <li key={s.workspace.id}>{s.workspace.name}</li>
      ))}
    </ul>
  );
}

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

describe('the list of workspaces', () => {
  it('keeps the list a screen drew when the previous screen stopped reading it meanwhile', async () => {
    for (const name of ['Acme', 'Harbour audit']) {
      await createWorkspace(database(), ctx, { name, description: '' }, 'en');
    }
    const first = render(<WorkspaceNames />);
    await screen.findByText('Harbour audit');
    expect(screen.getByText('Acme')).toBeInTheDocument();

    // The first screen leaves; the live query is to stop at the next timer (held here).
    let stopTimer: (() => void) | undefined;
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout').mockImplementationOnce(((
      task: () => void,
    ) => {
      stopTimer = task;
      return 0;
    }) as typeof setTimeout);
    first.unmount();
    setTimeoutSpy.mockRestore();
    expect(stopTimer).toBeDefined();

    // The next screen is drawn by React's own scheduling (not flushed by act): its subscription
    // comes in an effect, a task after the drawing. The timer fires in between (at the drawing).
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const host = document.createElement('div');
    document.body.append(host);
    const drawn: string[] = [];
    const observer = new MutationObserver(() => {
      drawn.push(host.textContent);
      stopTimer?.();
      stopTimer = undefined;
    });
    observer.observe(host, { childList: true, subtree: true, characterData: true });
    const root = createRoot(host);
    root.render(<WorkspaceNames />);
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    // Once subscribed (and the live query running), the list is still the one drawn, and a change
    // reaches it.
    await createWorkspace(database(), ctx, { name: 'Quay', description: '' }, 'en');
    await waitFor(() => expect(host.textContent).toContain('Quay'));
    observer.disconnect();
    root.unmount();
    host.remove();
    // Every state drawn: the two workspaces (newest first), then the three; never "Loading".
    expect(drawn).toEqual(['Harbour auditAcme', 'QuayHarbour auditAcme']);
  });
});

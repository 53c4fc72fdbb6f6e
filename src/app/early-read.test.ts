import { describe, expect, it } from 'vitest';
import { rankedWorkspaceAt } from './early-read';

describe('the addresses whose records the page reads before the app has loaded', () => {
  it('reads the workspace of a screen that ranks, the book and a use case page', () => {
    expect(rankedWorkspaceAt('/w/ws-1/ranking')).toBe('ws-1');
    expect(rankedWorkspaceAt('/w/ws-1/matrix')).toBe('ws-1');
    expect(rankedWorkspaceAt('/w/ws-1/use-cases')).toBe('ws-1');
    expect(rankedWorkspaceAt('/w/ws-1/book')).toBe('ws-1');
    expect(rankedWorkspaceAt('/w/ws-1/use-cases/uc-9/scores')).toBe('ws-1');
    // A workspace's address alone opens its use cases.
    expect(rankedWorkspaceAt('/w/ws-1')).toBe('ws-1');
    expect(rankedWorkspaceAt('/w/ws-1/')).toBe('ws-1');
  });

  it('reads nothing for screens that do not rank, the home page or a broken address', () => {
    expect(rankedWorkspaceAt('/w/ws-1/audit')).toBeNull();
    expect(rankedWorkspaceAt('/w/ws-1/workflows')).toBeNull();
    expect(rankedWorkspaceAt('/')).toBeNull();
    expect(rankedWorkspaceAt('/w/')).toBeNull();
    expect(rankedWorkspaceAt('/w//ranking')).toBeNull();
    expect(rankedWorkspaceAt('/join/session-1')).toBeNull();
    expect(rankedWorkspaceAt('/w/%E0%A4%A/ranking')).toBeNull();
  });
});

import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contextOf, formOfUseCase, sequence } from '../../test/fixtures/builders';
import { memoryCache } from '../../test/fixtures/memory-cache';
import { database } from '../db/database';
import { startEarlyRankingRead } from '../db/early-ranking-read';
import { readCachedRankingRecords, writeCachedRankingRecords } from '../db/ranking-cache';
import { readRankingStamp } from '../db/ranking-stamp';
import { createUseCase } from '../db/repositories/use-cases';
import { createWorkspace } from '../db/repositories/workspaces';
import { readRankingRecords } from './ranking-records-read';
import { useRankingRecords, useWorkspace } from './workspace-queries';

const seq = sequence();
const ctx = contextOf('Ada', seq);

/** What a ranked screen sees: its workspace (or that there is none) and its use cases' titles. */
function RankedScreen({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  const records = useRankingRecords(workspaceId);
  if (workspace === null) return <p>No such workspace</p>;
  if (!workspace || !records) return <p>Loading</p>;
  const titles = records.useCases.map((u) => u.title).sort();
  return <p data-testid="titles">{titles.join(', ')}</p>;
}

async function workspaceWith(...titles: string[]): Promise<string> {
  const ws = await createWorkspace(database(), ctx, { name: 'Acme', description: '' }, 'en');
  for (const title of titles) await createUseCase(database(), ctx, ws, formOfUseCase({ title }));
  return ws;
}

/** Counts the reads of whole use cases (IDBIndex.getAll on the useCases store). */
function countUseCaseReads(): { count: () => number } {
  const getAll = IDBIndex.prototype.getAll;
  let count = 0;
  vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (
    this: IDBIndex,
    ...args: Parameters<IDBIndex['getAll']>
  ) {
    if (this.objectStore.name === 'useCases') count += 1;
    return getAll.apply(this, args);
  });
  return { count: () => count };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/**
 * A copy of the workspace's ranking records kept in (an in-memory) Cache Storage under the stamp
 * stored now, its titles changed by `edit` (a copy that does not hold what is stored).
 */
async function copyKept(ws: string, edit: (title: string) => string = (title) => title) {
  const cache = memoryCache();
  vi.stubGlobal('caches', { open: () => Promise.resolve(cache) });
  const db = database();
  await db.open();
  const stored = await readRankingRecords(db, ws);
  const useCases = stored.useCases.map((u) => ({ ...u, title: edit(u.title) }));
  const stamp = await readRankingStamp(db.backendDB(), ws);
  await writeCachedRankingRecords(cache, ws, { ...stored, useCases }, stamp!);
  return cache;
}

describe('a ranked screen opened from its address, its records read by the page early', () => {
  it('shows the records read early, without reading them again, and a later write live', async () => {
    const ws = await workspaceWith('Invoice matching', 'Claims triage');
    const reads = countUseCaseReads();
    startEarlyRankingRead(ws);
    render(<RankedScreen workspaceId={ws} />);
    expect(await screen.findByTestId('titles')).toHaveTextContent(
      'Claims triage, Invoice matching',
    );
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(reads.count()).toBe(1);

    await act(async () => {
      await createUseCase(database(), ctx, ws, formOfUseCase({ title: 'Added later' }));
    });
    await waitFor(() =>
      expect(screen.getByTestId('titles')).toHaveTextContent(
        'Added later, Claims triage, Invoice matching',
      ),
    );
  });

  it('shows a use case written between the early read and the screen', async () => {
    const ws = await workspaceWith('Invoice matching');
    const early = startEarlyRankingRead(ws);
    expect((await early.records)?.useCases).toHaveLength(1);
    await createUseCase(database(), ctx, ws, formOfUseCase({ title: 'Written meanwhile' }));
    render(<RankedScreen workspaceId={ws} />);
    await waitFor(() =>
      expect(screen.getByTestId('titles')).toHaveTextContent('Invoice matching, Written meanwhile'),
    );
  });

  it('says that a workspace of a wrong address does not exist, as without the early read', async () => {
    await workspaceWith('Invoice matching');
    startEarlyRankingRead('no-such-workspace');
    render(<RankedScreen workspaceId="no-such-workspace" />);
    expect(await screen.findByText('No such workspace')).toBeInTheDocument();
  });

  it('reads for itself a workspace other than the one read early', async () => {
    const read = await workspaceWith('Read early');
    const shown = await workspaceWith('Shown');
    startEarlyRankingRead(read);
    render(<RankedScreen workspaceId={shown} />);
    expect(await screen.findByTestId('titles')).toHaveTextContent('Shown');
  });

  it('shows the copy kept for cold loads, checked by one read of the stored records', async () => {
    const ws = await workspaceWith('Invoice matching', 'Claims triage');
    await copyKept(ws);
    const reads = countUseCaseReads();
    startEarlyRankingRead(ws);
    render(<RankedScreen workspaceId={ws} />);
    expect(await screen.findByTestId('titles')).toHaveTextContent(
      'Claims triage, Invoice matching',
    );
    // The early read took the copy; a few seconds later the live query reads the records once,
    // to check it.
    expect(reads.count()).toBe(0);
    await waitFor(() => expect(reads.count()).toBe(1), { timeout: 8_000 });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(reads.count()).toBe(1);
    expect(screen.getByTestId('titles')).toHaveTextContent('Claims triage, Invoice matching');

    // Checked, the copy stays on screen, and a later write is shown live (its stamp is watched).
    await act(async () => {
      await createUseCase(database(), ctx, ws, formOfUseCase({ title: 'Added later' }));
    });
    await waitFor(() =>
      expect(screen.getByTestId('titles')).toHaveTextContent(
        'Added later, Claims triage, Invoice matching',
      ),
    );
  });

  it('shows the stored records when the copy does not hold them, and replaces the copy', async () => {
    const ws = await workspaceWith('Invoice matching');
    const cache = await copyKept(ws, (title) => `${title} (an older tab's)`);
    startEarlyRankingRead(ws);
    render(<RankedScreen workspaceId={ws} />);
    await waitFor(
      () => expect(screen.getByTestId('titles')).toHaveTextContent(/^Invoice matching$/),
      { timeout: 8_000 },
    );
    // The outdated copy is dropped; one taken since holds the stored records.
    const stamp = await readRankingStamp(database().backendDB(), ws);
    await waitFor(async () => {
      const copy = await readCachedRankingRecords(cache, ws, stamp!);
      expect(copy?.useCases.map((u) => u.title) ?? []).not.toContain(
        "Invoice matching (an older tab's)",
      );
    });
  });
});

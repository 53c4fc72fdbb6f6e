import { act, render, screen, waitFor } from '@testing-library/react';
import Dexie, { type EntityTable } from 'dexie';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  retainLiveQuery,
  runningSharedQueries,
  useSharedLiveQuery,
  warmLiveQuery,
  type HandOver,
} from './shared-live-query';

interface Note {
  id: string;
  text: string;
}

class NotesDatabase extends Dexie {
  notes!: EntityTable<Note, 'id'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ notes: 'id' });
  }
}

const databases: NotesDatabase[] = [];
function notesDatabase(): NotesDatabase {
  const db = new NotesDatabase(`shared-live-query-${databases.length}-${Math.random()}`);
  databases.push(db);
  return db;
}

afterEach(async () => {
  vi.useRealTimers();
  for (const db of databases.splice(0)) await db.delete();
});

/** Shows what the reader saw at each render: "loading" until the query has a result. */
function Reader({ queryKey, read, seen, handOver }: Props) {
  const notes = useSharedLiveQuery(queryKey, read, handOver);
  seen?.push(notes === undefined ? 'loading' : notes.map((n) => n.text).join(','));
  return <p data-testid={queryKey}>{notes === undefined ? 'loading' : notes.length}</p>;
}
interface Props {
  queryKey: string;
  read: () => Promise<Note[]>;
  seen?: string[];
  handOver?: () => HandOver<Note[]> | null;
}

/** A result read early (before the query), with the changes announced since, at will. */
function handedOver(db: NotesDatabase, value: Note[], changedBefore = false) {
  let changed = changedBefore;
  const listeners: (() => void)[] = [];
  const handOver: HandOver<Note[]> = {
    value: Promise.resolve(value),
    changed: () => changed,
    onChange: (listener) => listeners.push(listener),
    stop: () => listeners.splice(0),
    observe: async (shown) => {
      await db.notes.toCollection().primaryKeys();
      return shown;
    },
  };
  const announce = () => {
    changed = true;
    for (const listener of [...listeners]) listener();
  };
  return { handOver, announce };
}

describe('live queries shared by key', () => {
  it('a screen mounted after its reads were started shows the data in its first render', async () => {
    const db = notesDatabase();
    await db.notes.bulkAdd([
      { id: 'a', text: 'first' },
      { id: 'b', text: 'second' },
    ]);
    const read = vi.fn(() => db.notes.toArray());
    warmLiveQuery('warm-first-render', read);
    await waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });

    const seen: string[] = [];
    render(<Reader queryKey="warm-first-render" read={read} seen={seen} />);
    expect(seen[0]).toBe('first,second');
    expect(screen.getByTestId('warm-first-render')).toHaveTextContent('2');
    // The screen reused the warmed query instead of reading again.
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('readers of the same key share one query, and a change reaches them both', async () => {
    const db = notesDatabase();
    await db.notes.add({ id: 'a', text: 'first' });
    const read = vi.fn(() => db.notes.toArray());
    render(
      <>
        <Reader queryKey="shared" read={read} />
        <Reader queryKey="shared" read={read} />
      </>,
    );
    await waitFor(() =>
      expect(screen.getAllByTestId('shared').map((p) => p.textContent)).toEqual(['1', '1']),
    );
    expect(read).toHaveBeenCalledTimes(1);

    await act(async () => {
      await db.notes.add({ id: 'b', text: 'second' });
    });
    await waitFor(() =>
      expect(screen.getAllByTestId('shared').map((p) => p.textContent)).toEqual(['2', '2']),
    );
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('a query nobody reads any more stops; the next reader reads afresh', async () => {
    const db = notesDatabase();
    await db.notes.add({ id: 'a', text: 'first' });
    const read = vi.fn(() => db.notes.toArray());
    const { unmount } = render(<Reader queryKey="stops" read={read} />);
    await waitFor(() => expect(screen.getByTestId('stops')).toHaveTextContent('1'));
    expect(runningSharedQueries()).toContain('stops');

    unmount();
    expect(runningSharedQueries()).not.toContain('stops');
    render(<Reader queryKey="stops" read={read} />);
    await waitFor(() => expect(screen.getByTestId('stops')).toHaveTextContent('1'));
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('a warmed query whose screen never comes stops after ten seconds', () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const read = vi.fn(() => Promise.resolve([] as Note[]));
    warmLiveQuery('never-read', read);
    expect(runningSharedQueries()).toContain('never-read');
    vi.advanceTimersByTime(9_999);
    expect(runningSharedQueries()).toContain('never-read');
    vi.advanceTimersByTime(1);
    expect(runningSharedQueries()).not.toContain('never-read');
  });

  it('a retained key keeps its query between two screens, and stops once released', async () => {
    const db = notesDatabase();
    await db.notes.add({ id: 'a', text: 'first' });
    const read = vi.fn(() => db.notes.toArray());
    const release = retainLiveQuery('retained');
    const first = render(<Reader queryKey="retained" read={read} />);
    await waitFor(() => expect(screen.getByTestId('retained')).toHaveTextContent('1'));
    first.unmount();
    // The next screen finds the records at once, without reading them again.
    expect(runningSharedQueries()).toContain('retained');
    const seen: string[] = [];
    const second = render(<Reader queryKey="retained" read={read} seen={seen} />);
    expect(seen[0]).toBe('first');
    expect(read).toHaveBeenCalledTimes(1);
    second.unmount();
    release();
    expect(runningSharedQueries()).not.toContain('retained');
  });

  it('a failing read reaches the screen as an error (its error boundary), not as "loading"', async () => {
    const read = () => Promise.reject(new Error('disk full'));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(
        <Boundary>
          <Reader queryKey="fails" read={read} />
        </Boundary>,
      );
      expect(await screen.findByRole('alert')).toHaveTextContent('disk full');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('a live query handed a result read before it started', () => {
  it('shows that result without reading it again, and reads a later change live', async () => {
    const db = notesDatabase();
    await db.notes.add({ id: 'a', text: 'first' });
    const read = vi.fn(() => db.notes.toArray());
    const { handOver } = handedOver(db, [{ id: 'a', text: 'first' }]);
    render(<Reader queryKey="handed" read={read} handOver={() => handOver} />);
    await waitFor(() => expect(screen.getByTestId('handed')).toHaveTextContent('1'));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(read).not.toHaveBeenCalled();

    await act(async () => {
      await db.notes.add({ id: 'b', text: 'second' });
    });
    await waitFor(() => expect(screen.getByTestId('handed')).toHaveTextContent('2'));
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads for itself when a change was announced since the early read', async () => {
    const db = notesDatabase();
    await db.notes.bulkAdd([
      { id: 'a', text: 'first' },
      { id: 'b', text: 'written after the early read' },
    ]);
    const read = vi.fn(() => db.notes.toArray());
    const { handOver } = handedOver(db, [{ id: 'a', text: 'first' }], true);
    const seen: string[] = [];
    render(<Reader queryKey="stale" read={read} handOver={() => handOver} seen={seen} />);
    await waitFor(() => expect(screen.getByTestId('stale')).toHaveTextContent('2'));
    // The stale early result was never shown.
    expect(seen).not.toContain('first');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads again when a change reaches the early watch after the hand-over', async () => {
    const db = notesDatabase();
    await db.notes.add({ id: 'a', text: 'first' });
    const read = vi.fn(() => db.notes.toArray());
    const { handOver, announce } = handedOver(db, [{ id: 'a', text: 'first' }]);
    render(<Reader queryKey="late" read={read} handOver={() => handOver} />);
    await waitFor(() => expect(screen.getByTestId('late')).toHaveTextContent('1'));
    // Another tab's write, whose announcement reached Dexie before the query listened (written
    // here past Dexie, which therefore does not hear it).
    await new Promise((resolve) => {
      const tx = db.backendDB().transaction('notes', 'readwrite');
      tx.objectStore('notes').add({ id: 'b', text: 'from another tab' });
      tx.oncomplete = resolve;
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.getByTestId('late')).toHaveTextContent('1');
    expect(read).not.toHaveBeenCalled();
    act(() => announce());
    await waitFor(() => expect(screen.getByTestId('late')).toHaveTextContent('2'));
  });

  it('reads for itself when there was nothing to hand over (no database yet, another version)', async () => {
    const db = notesDatabase();
    await db.notes.add({ id: 'a', text: 'first' });
    const read = vi.fn(() => db.notes.toArray());
    const handOver: HandOver<Note[]> = {
      ...handedOver(db, []).handOver,
      value: Promise.resolve(null),
    };
    render(<Reader queryKey="nothing" read={read} handOver={() => handOver} />);
    await waitFor(() => expect(screen.getByTestId('nothing')).toHaveTextContent('1'));
    expect(read).toHaveBeenCalledTimes(1);
  });
});

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

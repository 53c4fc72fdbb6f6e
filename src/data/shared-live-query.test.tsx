import { act, render, screen, waitFor } from '@testing-library/react';
import Dexie, { type EntityTable } from 'dexie';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  retainLiveQuery,
  runningSharedQueries,
  useSharedLiveQuery,
  warmLiveQuery,
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
function Reader({ queryKey, read, seen }: Props) {
  const notes = useSharedLiveQuery(queryKey, read);
  seen?.push(notes === undefined ? 'loading' : notes.map((n) => n.text).join(','));
  return <p data-testid={queryKey}>{notes === undefined ? 'loading' : notes.length}</p>;
}
interface Props {
  queryKey: string;
  read: () => Promise<Note[]>;
  seen?: string[];
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

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

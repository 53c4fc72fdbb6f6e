import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../../../test/fixtures/render-in-language';
import type { LiveSessionData } from '../../data/use-live-session';
import { StartPanel } from './start-panel';

const callLiveApi = vi.hoisted(() => vi.fn());
vi.mock('./live-connection', () => ({ callLiveApi }));

/** A workspace's use cases as the panel reads them: "Use case 0001"… and their status. */
function workspaceOf(count: number, abandoned: number): LiveSessionData {
  const useCases = Array.from({ length: count }, (_, i) => ({
    id: `uc-${i + 1}`,
    title: `Use case ${String(i + 1).padStart(4, '0')}`,
    status: i < abandoned ? 'abandoned' : 'idea',
  }));
  return {
    workspace: { id: 'ws-1' },
    useCases,
    participants: [],
    session: null,
  } as unknown as LiveSessionData;
}

const boxes = () => screen.queryAllByRole('checkbox');

describe('choosing the use cases of a live session', () => {
  it('at 1,500 use cases: none chosen at first, 50 listed, found by title, and no start above 1,000', async () => {
    await renderInLanguage('en', <StartPanel data={workspaceOf(1500, 0)} />);
    // A session holds at most 1,000 (the server's limit), so nothing is ticked for the person.
    expect(
      screen.getByText(
        'A live session holds at most 1,000 use cases: find the ones to score by their titles and tick them.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('0 of 1,500 use cases chosen.')).toBeInTheDocument();
    expect(boxes()).toHaveLength(50);
    expect(screen.getByText('1–50 of 1,500')).toBeInTheDocument();

    // "0042" is in one title only.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the use cases by title' }), {
      target: { value: '0042' },
    });
    expect(boxes().map((b) => b.parentElement?.textContent?.trim())).toEqual(['Use case 0042']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Use case 0042' }));
    expect(screen.getByText('1 of 1,500 use cases chosen.')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'invoice' } });
    expect(screen.getByText('No use case matches “invoice”.')).toBeInTheDocument();
    expect(boxes()).toHaveLength(0);

    // "All" with no search chooses the 1,500: more than a session holds, said before any call.
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    expect(screen.getByText('1,500 of 1,500 use cases chosen.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Start a live session' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '1,500 use cases are chosen; a live session holds at most 1,000.',
    );
    expect(callLiveApi).not.toHaveBeenCalled();
    // A new choice takes back what was said of the previous one.
    fireEvent.click(screen.getByRole('button', { name: 'None' }));
    expect(screen.getByText('0 of 1,500 use cases chosen.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('in French, with 15 use cases of which one abandoned: the 14 others chosen, "Aucun" on those found', async () => {
    callLiveApi.mockResolvedValue({ status: 503, body: null });
    await renderInLanguage('fr', <StartPanel data={workspaceOf(15, 1)} />);
    expect(screen.queryByText(/au plus/)).toBeNull();
    expect(screen.getByText('14 cas d’usage choisis sur 14.')).toBeInTheDocument();
    expect(boxes()).toHaveLength(14);
    expect(boxes().every((b) => (b as HTMLInputElement).checked)).toBe(true);

    // "Use case 0010" to "Use case 0015" contain "001" (and 0002 to 0009 do not).
    fireEvent.change(
      screen.getByRole('searchbox', { name: 'Chercher les cas d’usage par titre' }),
      {
        target: { value: '001' },
      },
    );
    expect(boxes()).toHaveLength(6);
    fireEvent.click(screen.getByRole('button', { name: 'Aucun' }));
    expect(screen.getByText('8 cas d’usage choisis sur 14.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Démarrer une session en direct' }));
    await waitFor(() => expect(callLiveApi).toHaveBeenCalledTimes(1));
    const body = (callLiveApi.mock.calls[0]?.[1] as { body: { useCaseIds: string[] } }).body;
    expect(body.useCaseIds).toEqual([
      'uc-2',
      'uc-3',
      'uc-4',
      'uc-5',
      'uc-6',
      'uc-7',
      'uc-8',
      'uc-9',
    ]);
  });
});

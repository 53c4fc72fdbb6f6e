import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { aUseCase } from '../../../test/fixtures/builders';
import { renderInLanguage } from '../../../test/fixtures/render-in-language';
import { RoadmapCard, type BoardCards } from './roadmap-card';

const WAVES = [
  { id: 'w1', name: 'Now' },
  { id: 'w2', name: 'Next' },
  { id: 'w3', name: 'Later' },
];

/** A card of "Next", second of three, on a board whose texts come from the board's `t`. */
function Card({ onMove, waveId }: { onMove: BoardCards['onMove']; waveId: string | null }) {
  const { t } = useTranslation();
  const board: BoardCards = {
    useCasesById: new Map([['u1', aUseCase('u1', { title: 'Invoice capture' })]]),
    facts: { candidates: [], ranked: new Map(), clarity: new Map() },
    waves: WAVES,
    noteOf: () => null,
    onMove,
    t,
  };
  return <RoadmapCard board={board} useCaseId="u1" waveId={waveId} index={1} count={3} />;
}

describe('a roadmap card', () => {
  it('shows its facts, and builds its "Move to…" menu only when it opens', async () => {
    const onMove = vi.fn();
    await renderInLanguage('en', <Card onMove={onMove} waveId="w2" />);
    expect(screen.getByText('Invoice capture')).toBeInTheDocument();
    expect(screen.getByText('To score')).toBeInTheDocument();
    expect(screen.getByText('Clarity 0/7')).toBeInTheDocument();
    expect(screen.queryAllByRole('menuitem')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: /Invoice capture/ }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Up one place',
      'Down one place',
      'To Now',
      'To Later',
      'To the backlog (no wave)',
    ]);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Up one place' }));
    expect(onMove).toHaveBeenCalledWith('u1', { waveId: 'w2', position: 0 });
    expect(screen.queryAllByRole('menuitem')).toEqual([]);
  });

  it('in the backlog, offers the waves only, a move to the end of the chosen one', async () => {
    const onMove = vi.fn();
    await renderInLanguage('fr', <Card onMove={onMove} waveId={null} />);
    await userEvent.click(screen.getByRole('button', { name: /Invoice capture/ }));
    const items = await screen.findAllByRole('menuitem');
    expect(items).toHaveLength(3);
    await userEvent.click(items[2]!);
    expect(onMove).toHaveBeenCalledWith('u1', { waveId: 'w3', position: Number.MAX_SAFE_INTEGER });
  });
});

import { act, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { aUseCase } from '../../../test/fixtures/builders';
import { renderInLanguage } from '../../../test/fixtures/render-in-language';
import { CardColumn } from './card-column';
import type { BoardCards } from './roadmap-card';

function Column({ titles }: { titles: Record<string, string> }) {
  const { t } = useTranslation();
  const board: BoardCards = {
    useCasesById: new Map(
      Object.entries(titles).map(([id, title]) => [id, aUseCase(id, { title })]),
    ),
    facts: { candidates: [], ranked: new Map(), clarity: new Map() },
    waves: [{ id: 'w1', name: 'Now' }],
    noteOf: () => null,
    onMove: () => undefined,
    t,
  };
  return (
    <CardColumn
      board={board}
      ids={Object.keys(titles)}
      waveId="w1"
      columnKey="w1"
      label="Now"
      header={<h2>Now</h2>}
    />
  );
}

let rename: (titles: Record<string, string>) => void = () => undefined;

/** The column on a board whose data changes (a rename in another tab, a new decision). */
function Board() {
  const [titles, setTitles] = useState<Record<string, string>>({
    a: 'Invoice capture',
    b: 'Quotes',
  });
  useEffect(() => {
    rename = setTitles;
  }, []);
  return <Column titles={titles} />;
}

describe('a column of cards', () => {
  it('draws its cards again when what they read changes, its cards being the same', async () => {
    await renderInLanguage('en', <Board />);
    expect(screen.getByText('Invoice capture')).toBeInTheDocument();
    // The same cards in the same order, one renamed (another tab, or a new decision's facts).
    act(() => rename({ a: 'Supplier invoice capture', b: 'Quotes' }));
    expect(screen.getByText('Supplier invoice capture')).toBeInTheDocument();
    expect(screen.queryByText('Invoice capture')).toBeNull();
  });
});

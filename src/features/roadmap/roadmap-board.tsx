import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '../../data/use-roadmap';
import { unplacedCards } from '../../domain/roadmap/roadmap-board';
import { suggestedLocationOf } from '../../domain/roadmap/suggest-roadmap';
import type { Wave } from '../../domain/schema/roadmap';
import { CardColumn } from './card-column';
import type { BoardCards, MoveTarget } from './roadmap-card';
import { useColumnsInTurn, type BoardColumn, type Columns } from './use-columns-in-turn';
import { useDateRange } from './use-date-range';
import styles from './roadmap.module.css';

interface Props {
  data: RoadmapView;
  onMove: (useCaseId: string, target: MoveTarget) => void;
}

function WaveHeader({ wave, count }: { wave: Wave; count: number }) {
  const { t } = useTranslation();
  const dates = useDateRange();
  const over = wave.capacity !== null && count > wave.capacity;
  return (
    <header className={styles.columnHeader}>
      <h2>{wave.name}</h2>
      {wave.startDate || wave.endDate ? (
        <div className={styles.dates}>{dates(wave.startDate, wave.endDate)}</div>
      ) : null}
      <div className={over ? styles.over : styles.load}>
        {wave.capacity === null
          ? t('roadmap.countNoCapacity', { count })
          : t('roadmap.load', { n: count, capacity: wave.capacity })}
        {over ? <strong> · {t('roadmap.overCapacity')}</strong> : null}
      </div>
    </header>
  );
}

/** The waves as columns, then the backlog and the out list; cards move by drag and drop or menu. */
export function RoadmapBoard({ data, onMove }: Props) {
  const { t } = useTranslation();
  const placed = useMemo(() => new Set(data.waves.flatMap((w) => w.useCaseIds)), [data.waves]);
  const unplaced = useMemo(
    () => unplacedCards(data.facts.candidates, placed, data.suggestion),
    [data.facts.candidates, placed, data.suggestion],
  );
  // The waves' names, the same list while only cards move.
  const namesKey = JSON.stringify(data.waves.map((w) => [w.id, w.name]));
  const waves = useMemo(
    () => (JSON.parse(namesKey) as [string, string][]).map(([id, name]) => ({ id, name })),
    [namesKey],
  );
  const { suggestion, useCasesById, facts } = data;
  const board = useMemo<BoardCards>(() => {
    const waveName = new Map(waves.map((w) => [w.id, w.name]));
    const noteOf = (waveId: string | null, useCaseId: string) => {
      const where = suggestedLocationOf(suggestion, useCaseId);
      if (where.kind === 'none') return null;
      const agrees =
        waveId === null ? where.kind !== 'wave' : where.kind === 'wave' && where.waveId === waveId;
      if (agrees) return t(`roadmap.reason.${where.reason}`);
      const place =
        where.kind === 'wave' ? (waveName.get(where.waveId) ?? '') : t(`roadmap.${where.kind}`);
      return t(waveId === null ? 'roadmap.suggestedFor' : 'roadmap.suggestedElsewhere', { place });
    };
    return { useCasesById, facts, waves, noteOf, onMove, t };
  }, [t, suggestion, useCasesById, facts, waves, onMove]);
  const wanted = useMemo<Columns<BoardCards>>(() => {
    const columns: Record<string, BoardColumn<BoardCards>> = {};
    for (const wave of data.waves)
      columns[wave.id] = { board, ids: wave.useCaseIds.filter((id) => useCasesById.has(id)) };
    for (const list of ['backlog', 'out'] as const)
      columns[list] = { board, ids: unplaced[list].map((c) => c.useCaseId) };
    return columns;
  }, [board, data.waves, useCasesById, unplaced]);
  const columns = useColumnsInTurn(wanted);
  const cardsOf = (key: string) => columns[key] ?? wanted[key] ?? { board, ids: [] };
  return (
    <div className={styles.board}>
      <div className={styles.waves}>
        {data.waves.map((wave) => (
          <CardColumn
            key={wave.id}
            {...cardsOf(wave.id)}
            waveId={wave.id}
            columnKey={wave.id}
            label={wave.name}
            header={<WaveHeader wave={wave} count={wave.useCaseIds.length} />}
          />
        ))}
      </div>
      <div className={styles.unplaced}>
        {(['backlog', 'out'] as const).map((list) => (
          <CardColumn
            key={list}
            {...cardsOf(list)}
            waveId={null}
            columnKey={list}
            label={t(`roadmap.${list}`)}
            className={styles.wide}
            header={
              <header className={styles.columnHeader}>
                <h2>{t(`roadmap.${list}`)}</h2>
                <div className={styles.load}>{t(`roadmap.${list}Lead`)}</div>
              </header>
            }
          />
        ))}
      </div>
    </div>
  );
}

import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Button as AriaButton, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { UseCase } from '../../domain/schema/use-case';
import type { RoadmapFacts } from '../../domain/roadmap/roadmap-candidates';
import { QuadrantTag } from './quadrant-tag';
import styles from './roadmap.module.css';

export interface MoveTarget {
  /** null: out of every wave. */
  waveId: string | null;
  position: number;
}

/**
 * What every card of the board reads, the same object while only cards move (a move draws again
 * the two columns it changed, not the others).
 */
export interface BoardCards {
  useCasesById: ReadonlyMap<string, UseCase>;
  facts: RoadmapFacts;
  /** The waves a card can be moved to, in order. */
  waves: readonly { id: string; name: string }[];
  /** What the suggestion says of a card in a wave (or in none: null). */
  noteOf: (waveId: string | null, useCaseId: string) => string | null;
  /** A move to the end of a wave: its position is resolved when it is made. */
  onMove: (useCaseId: string, target: MoveTarget) => void;
  /** The board's translation (a card does not subscribe to the language itself: it is drawn again with the board). */
  t: TFunction;
}

/** The position that puts a card at the end of a wave (clamped when the move is made). */
const AT_THE_END = Number.MAX_SAFE_INTEGER;

interface Props {
  board: BoardCards;
  useCaseId: string;
  /** The wave the card is in (null: backlog or out). */
  waveId: string | null;
  index: number;
  count: number;
}

interface MoveAction {
  id: string;
  label: string;
  target: MoveTarget;
}

/** Where a card can go from its place: up, down, another wave, the backlog. */
function moveActionsOf({ board, waveId, index, count }: Omit<Props, 'useCaseId'>) {
  const { t } = board;
  const actions: MoveAction[] = [];
  if (waveId !== null && index > 0)
    actions.push({ id: 'up', label: t('roadmap.moveUp'), target: { waveId, position: index - 1 } });
  if (waveId !== null && index < count - 1)
    actions.push({
      id: 'down',
      label: t('roadmap.moveDown'),
      target: { waveId, position: index + 1 },
    });
  for (const wave of board.waves) {
    if (wave.id === waveId) continue;
    actions.push({
      id: wave.id,
      label: t('roadmap.moveToWave', { wave: wave.name }),
      target: { waveId: wave.id, position: AT_THE_END },
    });
  }
  if (waveId !== null)
    actions.push({
      id: 'backlog',
      label: t('roadmap.moveToBacklog'),
      target: { waveId: null, position: 0 },
    });
  return actions;
}

/** The "Move to…" menu's items: built when it opens, not for every card drawn. */
function MoveMenu({
  title,
  ...place
}: Omit<Props, 'useCaseId'> & { title: string; useCaseId: string }) {
  const { board, useCaseId } = place;
  const actions = moveActionsOf(place);
  return (
    <Menu
      className={styles.menu}
      aria-label={board.t('roadmap.moveCard', { title })}
      onAction={(key) => {
        const action = actions.find((a) => a.id === key);
        if (action) board.onMove(useCaseId, action.target);
      }}
    >
      {actions.map((a) => (
        <MenuItem key={a.id} id={a.id} className={styles.menuItem}>
          {a.label}
        </MenuItem>
      ))}
    </Menu>
  );
}

/** One use case on the board: title, quadrant, rank, clarity, scope, and a "Move to…" menu. */
export function RoadmapCard(props: Props) {
  const { board, useCaseId, waveId } = props;
  const { t } = board;
  // The menu's popover is drawn only while open: a closed one is nothing on screen.
  const [menuOpen, setMenuOpen] = useState(false);
  const useCase = board.useCasesById.get(useCaseId);
  if (!useCase) return null;
  const ranked = board.facts.ranked.get(useCaseId);
  const clarity = board.facts.clarity.get(useCaseId);
  // What the suggestion says of it (why it is here, or where it would go), under the title.
  const note = board.noteOf(waveId, useCaseId);

  return (
    <div className={styles.card} data-card={useCaseId}>
      <div className={styles.cardTitle}>{useCase.title}</div>
      <div className={styles.cardFacts}>
        {ranked ? (
          <QuadrantTag quadrant={ranked.quadrant} label={t(`quadrant.${ranked.quadrant}`)} />
        ) : null}
        <span>{ranked ? t('roadmap.rank', { rank: ranked.rank }) : t('roadmap.toScore')}</span>
        <span className={clarity?.clear ? undefined : styles.unclear}>
          {t('roadmap.clarity', { filled: clarity?.filled ?? 0 })}
        </span>
        <span>{t(`scope.${useCase.scope}`)}</span>
      </div>
      {note ? <div className={styles.reason}>{note}</div> : null}
      <MenuTrigger isOpen={menuOpen} onOpenChange={setMenuOpen}>
        <AriaButton
          data-move
          className={styles.moveButton}
          data-editing-chrome=""
          aria-label={t('a11y.moveCardName', { title: useCase.title })}
        >
          {t('roadmap.moveTo')}
        </AriaButton>
        {menuOpen ? (
          <Popover
            className={styles.popover}
            aria-label={t('roadmap.moveCard', { title: useCase.title })}
          >
            <MoveMenu {...props} title={useCase.title} />
          </Popover>
        ) : null}
      </MenuTrigger>
    </div>
  );
}

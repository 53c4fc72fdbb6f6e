import { useTranslation } from 'react-i18next';
import { Button as AriaButton, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { RoadmapView } from '../../data/use-roadmap';
import { QuadrantTag } from './quadrant-tag';
import styles from './roadmap.module.css';

export interface MoveTarget {
  /** null: out of every wave. */
  waveId: string | null;
  position: number;
}

interface Props {
  data: RoadmapView;
  useCaseId: string;
  /** The wave the card is in (null: backlog or out). */
  waveId: string | null;
  index: number;
  count: number;
  /** What the suggestion says of it (why it is here, or where it would go), under the title. */
  note: string | null;
  onMove: (useCaseId: string, target: MoveTarget) => void;
}

/** One use case on the board: title, quadrant, rank, clarity, scope, and a "Move to…" menu. */
export function RoadmapCard({ data, useCaseId, waveId, index, count, note, onMove }: Props) {
  const { t } = useTranslation();
  const useCase = data.useCasesById.get(useCaseId);
  if (!useCase) return null;
  const ranked = data.facts.ranked.get(useCaseId);
  const clarity = data.facts.clarity.get(useCaseId);
  const actions: { id: string; label: string; target: MoveTarget }[] = [];
  if (waveId !== null && index > 0)
    actions.push({ id: 'up', label: t('roadmap.moveUp'), target: { waveId, position: index - 1 } });
  if (waveId !== null && index < count - 1)
    actions.push({
      id: 'down',
      label: t('roadmap.moveDown'),
      target: { waveId, position: index + 1 },
    });
  for (const wave of data.waves) {
    if (wave.id === waveId) continue;
    actions.push({
      id: wave.id,
      label: t('roadmap.moveToWave', { wave: wave.name }),
      target: { waveId: wave.id, position: wave.useCaseIds.length },
    });
  }
  if (waveId !== null)
    actions.push({
      id: 'backlog',
      label: t('roadmap.moveToBacklog'),
      target: { waveId: null, position: 0 },
    });

  return (
    <div className={styles.card} data-card={useCaseId}>
      <div className={styles.cardTitle}>{useCase.title}</div>
      <div className={styles.cardFacts}>
        {ranked ? <QuadrantTag quadrant={ranked.quadrant} /> : null}
        <span>{ranked ? t('roadmap.rank', { rank: ranked.rank }) : t('roadmap.toScore')}</span>
        <span className={clarity?.clear ? undefined : styles.unclear}>
          {t('roadmap.clarity', { filled: clarity?.filled ?? 0 })}
        </span>
        <span>{t(`scope.${useCase.scope}`)}</span>
      </div>
      {note ? <div className={styles.reason}>{note}</div> : null}
      <MenuTrigger>
        <AriaButton
          data-move
          className={styles.moveButton}
          data-editing-chrome=""
          aria-label={t('a11y.moveCardName', { title: useCase.title })}
        >
          {t('roadmap.moveTo')}
        </AriaButton>
        <Popover
          className={styles.popover}
          aria-label={t('roadmap.moveCard', { title: useCase.title })}
        >
          <Menu
            className={styles.menu}
            aria-label={t('roadmap.moveCard', { title: useCase.title })}
            onAction={(key) => {
              const action = actions.find((a) => a.id === key);
              if (action) onMove(useCaseId, action.target);
            }}
          >
            {actions.map((a) => (
              <MenuItem key={a.id} id={a.id} className={styles.menuItem}>
                {a.label}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
    </div>
  );
}

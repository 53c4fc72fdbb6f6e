import { useTranslation } from 'react-i18next';
import type { RoadmapView } from '../../data/use-roadmap';
import { Button } from '../../ui/button';
import { useDateRange } from './use-date-range';
import { QuadrantTag } from './quadrant-tag';
import styles from './timeline.module.css';

/**
 * The waves side by side on one horizontal line, dated when they are quarters: for the
 * projector, and printed on one A4 landscape page (timeline.module.css).
 */
export function TimelineView({ data }: { data: RoadmapView }) {
  const { t } = useTranslation();
  const dates = useDateRange();
  return (
    <div className={styles.timeline}>
      <div className={styles.toolbar}>
        <Button onPress={() => window.print()} data-editing-chrome="">
          {t('roadmap.timeline.print')}
        </Button>
      </div>
      <h2 className={styles.printTitle}>
        {t('roadmap.timeline.printTitle', { workspace: data.workspace.name })}
      </h2>
      <ol
        className={styles.track}
        style={{ gridTemplateColumns: `repeat(${Math.max(1, data.waves.length)}, minmax(0, 1fr))` }}
        aria-label={t('roadmap.timeline.label')}
      >
        {data.waves.map((wave) => (
          <li key={wave.id} className={styles.wave}>
            <div className={styles.waveHead}>
              <h3>{wave.name}</h3>
              {wave.startDate || wave.endDate ? (
                <div className={styles.dates}>{dates(wave.startDate, wave.endDate)}</div>
              ) : null}
            </div>
            {wave.useCaseIds.length === 0 ? (
              <p className={styles.empty}>{t('roadmap.emptyColumn')}</p>
            ) : (
              <ol className={styles.items}>
                {wave.useCaseIds.map((id) => {
                  const useCase = data.useCasesById.get(id);
                  if (!useCase) return null;
                  const ranked = data.facts.ranked.get(id);
                  return (
                    <li key={id} className={styles.item}>
                      <span className={styles.title}>{useCase.title}</span>
                      <span className={styles.facts}>
                        {ranked ? (
                          <QuadrantTag
                            quadrant={ranked.quadrant}
                            label={t(`quadrant.${ranked.quadrant}`)}
                          />
                        ) : null}{' '}
                        {ranked ? t('roadmap.rank', { rank: ranked.rank }) : t('roadmap.toScore')}
                        {' · '}
                        {t(`scope.${useCase.scope}`)}
                      </span>
                    </li>
                  );
                })}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

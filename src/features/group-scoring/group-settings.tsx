import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { setAggregation, setBlindScoring } from '../../db/repositories/group-scoring';
import type { Workspace } from '../../domain/schema/workspace';
import { RadioChoices } from '../../ui/radio-choices';
import styles from './group-scoring.module.css';

/** Mean or median of the participants, and blind scoring on or off. */
export function GroupSettings({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const change = useChangeContext();
  return (
    <section aria-labelledby="settings-heading" className={styles.section}>
      <h2 id="settings-heading">{t('groupScoring.settingsTitle')}</h2>
      <div className={styles.settings}>
        <RadioChoices
          className={styles.choicesBlock}
          choiceClassName={styles.check}
          legend={t('groupScoring.aggregationLegend')}
          name="aggregation"
          values={['mean', 'median'] as const}
          value={workspace.aggregation}
          labelOf={(m) => t(`groupScoring.aggregation.${m}`)}
          onChange={(m) => void setAggregation(database(), change(), workspace.id, m)}
        />
        <fieldset className={styles.choicesBlock}>
          <legend>{t('groupScoring.blindLegend')}</legend>
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={workspace.blindScoring}
              onChange={(e) =>
                void setBlindScoring(database(), change(), workspace.id, e.target.checked)
              }
            />
            {t('groupScoring.blindLabel')}
          </label>
          <p className={styles.hint}>{t('groupScoring.blindHint')}</p>
        </fieldset>
      </div>
    </section>
  );
}

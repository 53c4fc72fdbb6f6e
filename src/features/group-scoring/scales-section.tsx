import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { updateCriterionText } from '../../db/repositories/group-scoring';
import { CRITERIA, type CriterionId } from '../../domain/schema/criterion';
import type { Workspace } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { useToast } from '../../ui/toast';
import { SCALE_FIELDS, ScaleDialog } from './scale-dialog';
import styles from './group-scoring.module.css';

/**
 * The workspace's scales: each criterion's guiding question and what 1, 3 and 5 mean, so that
 * everyone scores with the same words. An empty text falls back to the default of the language.
 */
export function ScalesSection({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const [editing, setEditing] = useState<CriterionId | null>(null);
  return (
    <section aria-labelledby="scales-heading" className={styles.section}>
      <h2 id="scales-heading">{t('scales.title')}</h2>
      <p className={styles.hint}>{t('scales.lead')}</p>
      <ol className={styles.scales}>
        {CRITERIA.map((c) => {
          const own = workspace.criterionTexts[c.id];
          const custom = own !== undefined && SCALE_FIELDS.some((f) => own[f] !== '');
          const label = t(`criteria.${c.id}.label`);
          return (
            <li key={c.id} className={styles.scaleCard} aria-labelledby={`scale-${c.id}`}>
              <div className={styles.sectionHead}>
                <h3 id={`scale-${c.id}`}>
                  {label}{' '}
                  <span className={custom ? styles.customBadge : styles.defaultBadge}>
                    {custom ? t('scales.custom') : t('scales.default')}
                  </span>
                </h3>
                <div className={styles.rowActions}>
                  <Button
                    small
                    onPress={() => setEditing(c.id)}
                    aria-label={t('scales.editFor', { criterion: label })}
                  >
                    {t('common.edit')}
                  </Button>
                  {custom ? (
                    <Button
                      small
                      aria-label={t('scales.resetFor', { criterion: label })}
                      onPress={() =>
                        void updateCriterionText(
                          database(),
                          change(),
                          workspace.id,
                          c.id,
                          null,
                        ).then(() =>
                          toast({ message: t('scales.resetDone', { criterion: label }) }),
                        )
                      }
                    >
                      {t('scales.reset')}
                    </Button>
                  ) : null}
                </div>
              </div>
              <p className={styles.question}>{own?.question || t(`criteria.${c.id}.question`)}</p>
              <dl className={styles.anchors}>
                {(['anchor1', 'anchor3', 'anchor5'] as const).map((a) => (
                  <div key={a}>
                    <dt>{a.slice(-1)}</dt>
                    <dd>{own?.[a] || t(`criteria.${c.id}.${a}`)}</dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ol>
      {editing ? (
        <ScaleDialog workspace={workspace} criterion={editing} onClose={() => setEditing(null)} />
      ) : null}
    </section>
  );
}

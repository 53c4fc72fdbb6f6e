import { useTranslation } from 'react-i18next';
import { criterionDefinition, type CriterionId } from '../../domain/schema/criterion';
import type { Workspace } from '../../domain/schema/workspace';
import { CriterionAnchors, useCriterionText } from '../../ui/criterion-scale';
import styles from './scoring.module.css';

/** The criterion's guiding question and what 1, 3 and 5 mean, in the workspace's words or ours. */
export function CriterionGuide({
  workspace,
  criterion,
}: {
  workspace: Workspace;
  criterion: CriterionId;
}) {
  const { t } = useTranslation();
  const text = useCriterionText(criterion, workspace.criterionTexts[criterion]);
  const def = criterionDefinition(criterion);
  return (
    <div className={styles.guide}>
      {/* The tab's sections, under the use case's title (h1): no level skipped. */}
      <h2 className={styles.criterionTitle}>
        {t(`criteria.${criterion}.label`)}
        <span className={styles.axis}>
          {t(`axis.${def.axis}`)} · {t(`direction.${def.direction}`)}
        </span>
      </h2>
      <p className={styles.question}>{text('question')}</p>
      <CriterionAnchors text={text} className={styles.anchors} />
    </div>
  );
}

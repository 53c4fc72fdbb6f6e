import { useTranslation } from 'react-i18next';
import type { CriterionId } from '../domain/schema/criterion';
import type { CriterionText } from '../domain/schema/workspace';

type CriterionField = keyof CriterionText;

/** A criterion's texts: the workspace's own words (a field left empty: ours). */
export function useCriterionText(
  criterion: CriterionId,
  own: Partial<CriterionText> | undefined,
): (field: CriterionField) => string {
  const { t } = useTranslation();
  return (field) => own?.[field] || t(`criteria.${criterion}.${field}`);
}

/** What 1, 3 and 5 mean on a criterion's scale (the scoring tab, a live session's phone). */
export function CriterionAnchors({
  text,
  className,
}: {
  text: (field: CriterionField) => string;
  className: string | undefined;
}) {
  return (
    <dl className={className}>
      <dt>1</dt>
      <dd>{text('anchor1')}</dd>
      <dt>3</dt>
      <dd>{text('anchor3')}</dd>
      <dt>5</dt>
      <dd>{text('anchor5')}</dd>
    </dl>
  );
}

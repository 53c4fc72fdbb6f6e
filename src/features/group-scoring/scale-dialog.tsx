import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { updateCriterionText } from '../../db/repositories/group-scoring';
import type { CriterionId } from '../../domain/schema/criterion';
import {
  criterionTextSchema,
  type CriterionText,
  type Workspace,
} from '../../domain/schema/workspace';
import { closedBy, FormDialog } from '../../ui/form-dialog';
import { TextAreaField } from '../../ui/form-field';
import { useToast } from '../../ui/toast';

export const SCALE_FIELDS = ['question', 'anchor1', 'anchor3', 'anchor5'] as const;

/**
 * Edits one criterion's guiding question and anchors. The fields open on the text in use; a
 * field left equal to the default (or emptied) keeps following the default of each language.
 */
export function ScaleDialog({
  workspace,
  criterion,
  onClose,
}: {
  workspace: Workspace;
  criterion: CriterionId;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const own = workspace.criterionTexts[criterion];
  const fallback = (f: (typeof SCALE_FIELDS)[number]) => t(`criteria.${criterion}.${f}`);
  const initial = Object.fromEntries(
    SCALE_FIELDS.map((f) => [f, own?.[f] || fallback(f)]),
  ) as CriterionText;
  const form = useForm<z.input<typeof criterionTextSchema>, unknown, CriterionText>({
    resolver: zodResolver(criterionTextSchema),
    defaultValues: initial,
  });
  const { errors } = form.formState;
  const label = t(`criteria.${criterion}.label`);
  return (
    <FormDialog
      isOpen
      onOpenChange={closedBy(onClose)}
      title={t('scales.editTitle', { criterion: label })}
      wide
      form={form}
      onSubmit={async (values) => {
        const stored = Object.fromEntries(
          SCALE_FIELDS.map((f) => [f, values[f].trim() === fallback(f) ? '' : values[f]]),
        ) as CriterionText;
        await updateCriterionText(database(), change(), workspace.id, criterion, stored);
        toast({ message: t('scales.saved', { criterion: label }) });
      }}
    >
      <p>{t('scales.editLead')}</p>
      {SCALE_FIELDS.map((f) => (
        <TextAreaField
          key={f}
          label={t(`scales.field.${f}`)}
          hint={t('scales.defaultHint', { text: fallback(f) })}
          error={errors[f]}
          registration={form.register(f)}
          rows={2}
        />
      ))}
    </FormDialog>
  );
}

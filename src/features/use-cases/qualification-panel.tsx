import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { useChangeContext } from '../../data/use-actor';
import { useStepChoices } from '../../data/use-discovery';
import { database } from '../../db/database';
import {
  qualificationFormSchema,
  saveQualification,
  type QualificationForm,
} from '../../db/repositories/qualification';
import { clarityOf } from '../../domain/qualification/clarity';
import { AUTOMATION_LEVELS } from '../../domain/schema/use-case';
import { EMPTY_AS_NULL, SelectField, TextAreaField, TextField, fieldOf } from '../../ui/form-field';
import { DateInputField } from '../../ui/date-field';
import { NumberInputField } from '../../ui/number-field';
import { Card } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { describedFields } from '../../ui/described-field';
import { ClarityMeter } from './clarity-meter';
import { FormSaveBar } from './form-save-bar';
import { typedDiffers } from './typed-or-stored';
import { AnchorPicker, KpiEffectsField } from './qualification-fields';
import type { UseCasePanelProps } from './use-case-panel-props';
import styles from './qualification.module.css';

type QualificationOutput = z.output<typeof qualificationFormSchema>;

/** Qualification (SCORING.md section 12): the clarity checklist, human loop and KPI effects. */
export function QualificationPanel({ data, useCase }: UseCasePanelProps) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const choices = useStepChoices(useCase.workspaceId);
  const { kpis } = data.workspace;
  const form = useForm<QualificationForm, unknown, QualificationOutput>({
    resolver: zodResolver(qualificationFormSchema),
    values: {
      intention: useCase.intention,
      dataSignals: useCase.dataSignals,
      humanLoop: useCase.humanLoop,
      successMeasure: useCase.successMeasure,
      kpiEffects: useCase.kpiEffects,
      complianceNote: useCase.complianceNote,
      owner: useCase.owner,
      stepIds: useCase.stepIds,
    },
  });
  const describe = describedFields(form, t, 'qualification');
  const watched = useWatch({ control: form.control });
  const live = qualificationFormSchema.safeParse(watched);
  // The decision's clarity of the saved use case; what is typed and not saved yet, by its rule.
  const decided = data.decision.byId.get(useCase.id)?.clarity;
  const clarity =
    live.success && (!decided || typedDiffers(live.data, useCase))
      ? clarityOf({ ...useCase, ...live.data })
      : (decided ?? clarityOf(useCase));
  const save = async (values: QualificationOutput) => {
    await saveQualification(database(), change(), useCase.id, values);
    form.reset(form.getValues());
    toast({ message: t('qualification.saved') });
  };
  const submit = form.handleSubmit(save);
  return (
    <div className={styles.layout}>
      <form
        noValidate
        className={styles.form}
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        <Card className={styles.section}>
          <TextAreaField {...describe('intention')} />
          <TextAreaField {...describe('dataSignals')} />
          <TextField {...describe('owner')} />
          <AnchorPicker control={form.control} choices={choices ?? []} />
        </Card>
        <Card className={styles.section}>
          <h2>{t('qualification.humanLoop')}</h2>
          <div className={styles.row}>
            <SelectField
              label={t('qualification.automationLevel')}
              {...fieldOf(form, 'humanLoop.automationLevel', EMPTY_AS_NULL)}
              none={t('qualification.notSaid')}
              options={AUTOMATION_LEVELS.map((l) => ({
                value: l,
                label: t(`qualification.level.${l}`),
              }))}
            />
            <TextField {...describe('humanLoop.exceptionOwner')} />
          </div>
          <TextAreaField {...describe('humanLoop.howToPause')} />
        </Card>
        <Card className={styles.section}>
          <h2>{t('qualification.successMeasure')}</h2>
          <div className={styles.row}>
            <SelectField
              label={t('qualification.kpi')}
              {...fieldOf(form, 'successMeasure.kpiId', EMPTY_AS_NULL)}
              none={t('qualification.noKpi')}
              options={kpis.map((k) => ({ value: k.id, label: k.name }))}
            />
            <DateInputField
              control={form.control}
              name="successMeasure.reviewDate"
              label={t('qualification.reviewDate')}
              empty={null}
            />
          </div>
          <div className={styles.row}>
            <NumberInputField
              control={form.control}
              name="successMeasure.baseline"
              label={t('qualification.baseline')}
            />
            <NumberInputField
              control={form.control}
              name="successMeasure.target"
              label={t('qualification.target')}
            />
          </div>
          <KpiEffectsField control={form.control} kpis={kpis} />
        </Card>
        <Card className={styles.section}>
          <TextAreaField {...describe('complianceNote')} />
        </Card>
        <FormSaveBar
          form={form}
          save={save}
          label={t('qualification.save')}
          className={styles.actions}
        />
      </form>
      <ClarityMeter clarity={clarity} />
    </div>
  );
}

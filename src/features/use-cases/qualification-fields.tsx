import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { StepChoice } from '../../data/use-discovery';
import type { QualificationForm } from '../../db/repositories/qualification';
import type { KpiEffect } from '../../domain/schema/use-case';
import type { Kpi } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { ChoiceSelect } from '../../ui/select-options';
import styles from './qualification.module.css';

/** The steps a use case is anchored on; more are picked from every workflow and journey. */
export function AnchorPicker({
  control,
  choices,
}: {
  control: Control<QualificationForm>;
  choices: readonly StepChoice[];
}) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'stepIds' });
  const ids = field.value ?? [];
  const byId = new Map(choices.map((c) => [c.step.id, c]));
  const groups = new Map<string, StepChoice[]>();
  for (const c of choices) {
    if (ids.includes(c.step.id)) continue;
    groups.set(c.workflow.id, [...(groups.get(c.workflow.id) ?? []), c]);
  }
  const label = (c: StepChoice | undefined) =>
    c ? `${c.workflow.name} › ${c.step.name}` : t('qualification.missingStep');
  return (
    <fieldset className={styles.anchors}>
      <legend>{t('qualification.anchors')}</legend>
      {ids.length === 0 ? (
        <p className={styles.warning}>{t('qualification.notAnchored')}</p>
      ) : (
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <span>{label(byId.get(id))}</span>
              <Button
                small
                variant="quiet"
                aria-label={t('qualification.removeAnchor', { step: label(byId.get(id)) })}
                onPress={() => field.onChange(ids.filter((x) => x !== id))}
              >
                {t('qualification.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <label className={styles.inline}>
        <span>{t('qualification.addAnchor')}</span>
        <select
          value=""
          onChange={(e) => {
            if (e.target.value) field.onChange([...ids, e.target.value]);
          }}
        >
          <option value="">{t('qualification.chooseStep')}</option>
          {[...groups.values()].map((list) => (
            <optgroup key={list[0]?.workflow.id} label={list[0]?.workflow.name}>
              {list.map((c) => (
                <option key={c.step.id} value={c.step.id}>
                  {c.step.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

const EFFECTS = ['increase', 'decrease'] as const;

/** For each KPI of the workspace: does the use case push it up, down, or leave it alone? */
export function KpiEffectsField({
  control,
  kpis,
}: {
  control: Control<QualificationForm>;
  kpis: readonly Kpi[];
}) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'kpiEffects' });
  const effects: KpiEffect[] = field.value ?? [];
  const set = (kpiId: string, effect: string) => {
    const others = effects.filter((e) => e.kpiId !== kpiId);
    field.onChange(
      effect === 'increase' || effect === 'decrease' ? [...others, { kpiId, effect }] : others,
    );
  };
  return (
    <fieldset className={styles.anchors}>
      <legend>{t('qualification.kpiEffects')}</legend>
      {kpis.length === 0 ? <p className={styles.muted}>{t('qualification.noKpiYet')}</p> : null}
      <ul>
        {kpis.map((kpi) => {
          const effect = effects.find((e) => e.kpiId === kpi.id)?.effect ?? '';
          const good = effect && (effect === 'increase') === (kpi.direction === 'up');
          return (
            <li key={kpi.id}>
              <label className={styles.inline}>
                <span>{kpi.name}</span>
                <ChoiceSelect
                  value={effect}
                  onChange={(chosen) => set(kpi.id, chosen)}
                  none={t('qualification.noEffect')}
                  options={EFFECTS.map((e) => ({ value: e, label: t(`qualification.${e}`) }))}
                />
              </label>
              {effect ? (
                <span className={good ? styles.good : styles.bad}>
                  {good ? t('qualification.good') : t('qualification.bad')}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

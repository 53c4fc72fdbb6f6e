import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Label, Slider, SliderOutput, SliderThumb, SliderTrack } from 'react-aria-components';
import type { DecisionInput } from '../../domain/decision/decide-workspace';
import { CRITERIA, weightSchema, type CriterionId } from '../../domain/schema/criterion';
import { fieldIssue, type FieldIssue } from '../../ui/field-error';
import { useFormatters } from '../../ui/format';
import { NumberInput } from '../../ui/number-field';
import { MiniRanking } from './mini-ranking';
import type { WeightDraft } from './use-weight-draft';
import styles from './weights.module.css';
import { roundedShares } from '../../domain/weights/weight-shares';

const SLIDER_MAX = 10;

function WeightRow({
  id,
  weight,
  share,
  onChange,
}: {
  id: CriterionId;
  weight: number;
  share: number;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const label = t(`criteria.${id}.label`);
  const [issue, setIssue] = useState<FieldIssue | null>(null);
  return (
    <div className={styles.weightRow}>
      <Slider
        className={styles.slider}
        value={Math.min(weight, SLIDER_MAX)}
        minValue={0}
        maxValue={SLIDER_MAX}
        step={0.1}
        onChange={(v) => onChange(Math.round(v * 10) / 10)}
      >
        <div className={styles.sliderHead}>
          <Label className={styles.sliderLabel}>{label}</Label>
          <SliderOutput className={styles.share}>
            {() => t('weights.share', { share: f.rawScore(share * 100) })}
          </SliderOutput>
        </div>
        <SliderTrack className={styles.track}>
          {({ state }) => (
            <>
              <div
                className={styles.fill}
                style={{ width: `${state.getThumbPercent(0) * 100}%` }}
              />
              <SliderThumb className={styles.thumb} />
            </>
          )}
        </SliderTrack>
      </Slider>
      <NumberInput
        className={styles.number}
        label={t('weights.numberFor', { criterion: label })}
        labelHidden
        formatOptions={{ maximumFractionDigits: 3 }}
        value={weight}
        error={issue}
        onChange={(value) => {
          const refused = fieldIssue(weightSchema, value ?? Number.NaN);
          setIssue(refused);
          if (!refused && value !== null) onChange(value);
        }}
      />
    </div>
  );
}

interface Props {
  draft: WeightDraft;
  input: DecisionInput;
  reference: ReadonlyMap<string, number>;
}

/** The eight weights as sliders and numbers, and the top of the ranking moving with them. */
export function WeightEditor({ draft, input, reference }: Props) {
  const { t } = useTranslation();
  // Shown to the tenth of a percent, adding up to 100 %.
  const shares = roundedShares(draft.weights);
  return (
    <div className={styles.editorLayout}>
      <div>
        {(['value', 'feasibility'] as const).map((axis) => (
          <fieldset key={axis} className={styles.axis}>
            <legend>{t(`axis.${axis}`)}</legend>
            {CRITERIA.filter((c) => c.axis === axis).map((c) => (
              <WeightRow
                key={c.id}
                id={c.id}
                weight={draft.weights[c.id]}
                share={shares[c.id] / 100}
                onChange={(v) => draft.setWeight(c.id, v)}
              />
            ))}
          </fieldset>
        ))}
        {draft.problems.map((p) => (
          <p key={p.axis} role="alert" className={styles.error}>
            {t('weights.axisWithoutWeight', { axis: t(`axis.${p.axis}`) })}
          </p>
        ))}
        <p className={styles.hint} aria-live="polite">
          {draft.problems.length > 0
            ? t('weights.notSaved')
            : draft.pending
              ? t('weights.saving')
              : t('weights.saved')}
        </p>
      </div>
      <MiniRanking input={input} reference={reference} weights={draft.weights} />
    </div>
  );
}

import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../../../test/fixtures/render-in-language';
import type { DecisionInput } from '../../domain/decision/decide-workspace';
import type { Language } from '../../domain/schema/common';
import { defaultWeights } from '../../domain/schema/criterion';
import { DEFAULT_THRESHOLDS } from '../../domain/schema/workspace';
import type { WeightDraft } from './use-weight-draft';
import { WeightEditor } from './weight-editor';

async function renderIn(language: Language) {
  const setWeight = vi.fn();
  const draft: WeightDraft = { weights: defaultWeights(), problems: [], pending: false, setWeight };
  const input: DecisionInput = {
    workspace: {
      weights: defaultWeights(),
      thresholds: DEFAULT_THRESHOLDS,
      aggregation: 'mean',
      blindScoring: false,
      language,
      topK: 5,
    },
    useCases: [],
    scorecards: [],
    decisions: [],
  };
  await renderInLanguage(
    language,
    <WeightEditor draft={draft} input={input} reference={new Map()} />,
  );
  return setWeight;
}

/** Types into a number field as a person does, then leaves it (the field commits on blur). */
function type(label: string, text: string) {
  const field = screen.getByRole('textbox', { name: label });
  fireEvent.focus(field);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.blur(field);
}

describe('the weights editor, numbers as people type them', () => {
  it('reads "1,5" typed by a French user as one and a half', async () => {
    const setWeight = await renderIn('fr');
    type('Pondération de Valeur commerciale stratégique', '1,5');
    expect(setWeight).toHaveBeenCalledWith('strategicValue', 1.5);
  });

  it('reads "2.5" typed by an English user as two and a half', async () => {
    const setWeight = await renderIn('en');
    type('Weight of Strategic business value', '2.5');
    expect(setWeight).toHaveBeenCalledWith('strategicValue', 2.5);
  });

  it('refuses a weight above 1,000 with a message naming the field, in French', async () => {
    const setWeight = await renderIn('fr');
    type('Pondération de Valeur commerciale stratégique', '5 000');
    expect(setWeight).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(
      'Pondération de Valeur commerciale stratégique : Ce nombre est trop grand.',
    );
  });

  it('refuses a weight above 1,000 with a message naming the field, in English', async () => {
    await renderIn('en');
    type('Weight of Strategic business value', '5,000');
    expect(screen.getByRole('alert').textContent).toBe(
      'Weight of Strategic business value: This number is too large.',
    );
  });
});

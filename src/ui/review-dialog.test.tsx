import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../../test/fixtures/render-in-language';
import type { Language } from '../domain/schema/common';
import type { ReviewForm } from '../domain/schema/review';
import { ReviewDialog } from './review-dialog';

async function open(language: Language, automates: boolean) {
  const onSubmit = vi.fn<(form: ReviewForm) => Promise<void>>().mockResolvedValue(undefined);
  const onOpenChange = vi.fn();
  await renderInLanguage(
    language,
    <ReviewDialog
      isOpen
      onOpenChange={onOpenChange}
      promise={{ title: 'Invoice capture', measure: '', automates }}
      onSubmit={onSubmit}
    />,
  );
  return { onSubmit, onOpenChange };
}

function type(label: string, value: string) {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

describe('ReviewDialog', () => {
  it('records what the owner typed, counts of a French "60 000" included', async () => {
    const { onSubmit, onOpenChange } = await open('fr', true);
    type('Valeur réelle de la mesure de succès', '6');
    type('Gain annuel réalisé', '60 000');
    type('Cas traités par la machine', '900');
    // "Cas repris par une personne" left empty: none.
    fireEvent.change(screen.getByLabelText('Qualité, comparée à avant'), {
      target: { value: 'better' },
    });
    type('Raison', 'Le coût par facture a baissé');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la revue' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(onSubmit).toHaveBeenCalledWith({
      actual: 6,
      realisedYearlyBenefit: 60000,
      outcome: 'keep',
      reason: 'Le coût par facture a baissé',
      nextReviewDate: null,
      automation: { handledByMachine: 900, takenOverByPerson: 0, time: null, quality: 'better' },
      note: '',
    });
  });

  it('asks for the reason and, with "adjust", the next review date, naming each field', async () => {
    const { onSubmit } = await open('en', false);
    expect(screen.queryByLabelText('Cases handled by the machine')).toBeNull();
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'adjust' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the review' }));
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual([
      'Next review date: With “adjust”, give the next review date.',
      'Reason: Give a reason: it is kept in the audit trail.',
    ]);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contractWorkspaceBundle } from '../../../test/fixtures/decision-contract';
import { renderInLanguage } from '../../../test/fixtures/render-in-language';
import { decideWorkspace } from '../../domain/decision/decide-workspace';
import type { Language } from '../../domain/schema/common';
import { ScoreSource } from './score-source';

const bundle = contractWorkspaceBundle('en');
const decision = decideWorkspace({ ...bundle, participantCount: bundle.participants.length });
const scores = (id: string) => decision.byId.get(id)?.scores;

async function renderIn(language: Language, score: Parameters<typeof ScoreSource>[0]['score']) {
  return renderInLanguage(
    language,
    <p data-testid="source">
      <ScoreSource score={score} />
    </p>,
  );
}

describe('where a score comes from ("why this score")', () => {
  it('says "agreed by the group" with the note for an agreed score', async () => {
    await renderIn('en', scores('uc-supplier')!.strategicValue);
    expect(screen.getByTestId('source').textContent).toBe(
      'Agreed by the group: Board confirmed the supplier backlog',
    );
  });

  it('says "median of 3" for a median, "one rater" for a single score, in French too', async () => {
    const first = await renderIn('en', scores('uc-invoice')!.financialPotential);
    expect(screen.getByTestId('source').textContent).toBe('Median of 3');
    first.unmount();
    const second = await renderIn('fr', scores('uc-supplier')!.strategicValue);
    expect(screen.getByTestId('source').textContent).toBe(
      'Convenue par le groupe : Board confirmed the supplier backlog',
    );
    second.unmount();
    await renderIn('fr', scores('uc-faq')!.customerImpact);
    expect(screen.getByTestId('source').textContent).toBe('Un seul évaluateur');
  });
});

import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { contractWorkspaceBundle } from '../../../test/fixtures/decision-contract';
import { decideWorkspace } from '../../domain/decision/decide-workspace';
import type { Language } from '../../domain/schema/common';
import { loadCatalogue } from '../../i18n/i18n';
import { ScoreSource } from './score-source';

const bundle = contractWorkspaceBundle('en');
const decision = decideWorkspace({ ...bundle, participantCount: bundle.participants.length });
const scores = (id: string) => decision.byId.get(id)?.scores;

async function renderIn(language: Language, score: Parameters<typeof ScoreSource>[0]['score']) {
  const texts = i18next.createInstance().use(initReactI18next);
  await texts.init({
    lng: language,
    resources: { [language]: { translation: await loadCatalogue(language) } },
    interpolation: { escapeValue: false },
  });
  return render(
    <I18nextProvider i18n={texts}>
      <p data-testid="source">
        <ScoreSource score={score} />
      </p>
    </I18nextProvider>,
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

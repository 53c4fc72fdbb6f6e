import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../../../test/fixtures/render-in-language';
import { UseCaseRules, type RuleRow, type Rules } from './use-case-rules';

/** 3,000 use cases, "Use case 0001" (rank 1) to "Use case 3000" (rank 3,000). */
const ROWS: RuleRow[] = Array.from({ length: 3000 }, (_, i) => ({
  id: `uc-${i + 1}`,
  title: `Use case ${String(i + 1).padStart(4, '0')}`,
  rank: i + 1,
  oneOff: 1000,
  yearly: 100,
}));

const NO_RULES: Rules = { peopleNeeded: [], dependencies: [], mustIn: [], mustOut: [] };

async function renderRules(language: 'en' | 'fr') {
  const onChange = vi.fn<(rules: Rules) => void>();
  await renderInLanguage(
    language,
    <UseCaseRules rows={ROWS} rules={NO_RULES} onChange={onChange} />,
  );
  return onChange;
}

describe('the use case a use case needs, among 3,000', () => {
  it('offers no list of every use case in each row: a search that lists at most 50, never the row itself', async () => {
    const onChange = await renderRules('en');
    // One page of 25 rows. The only options drawn are the 3 of each row's "In or out" (75);
    // the "needs" field drew 2,999 options in each row (74,975 on the page).
    expect(screen.getAllByRole('combobox', { name: / needs$/ })).toHaveLength(25);
    expect(document.querySelectorAll('option')).toHaveLength(75);
    expect(document.querySelectorAll('[role="option"]')).toHaveLength(0);

    const field = screen.getByRole('combobox', { name: 'Use case 0001 needs' });
    expect(field).toHaveProperty('placeholder', 'Nothing');
    act(() => field.focus());
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    const listed = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(listed).toHaveLength(50);
    // The first use case cannot need itself: the list starts at the second.
    expect(listed[0]?.textContent).toBe('Use case 0002');
    expect(screen.getByText(/use cases match/).textContent).toBe(
      '2,999 use cases match: type more of a title to narrow.',
    );

    fireEvent.change(field, { target: { value: '0042' } });
    expect(
      within(screen.getByRole('listbox'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Use case 0042']);
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith({
      ...NO_RULES,
      dependencies: [{ useCaseId: 'uc-1', needsId: 'uc-42' }],
    });
  });

  it('says so in French when only the row itself would match', async () => {
    await renderRules('fr');
    const field = screen.getByRole('combobox', { name: 'Use case 0001 nécessite' });
    expect(field).toHaveProperty('placeholder', 'Rien');
    act(() => field.focus());
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    // French groups thousands with a narrow no-break space.
    expect(screen.getByText(/cas d’usage correspondent/).textContent).toBe(
      '2\u202f999 cas d’usage correspondent : tapez davantage d’un titre pour affiner.',
    );
    fireEvent.change(field, { target: { value: '0001' } });
    expect(screen.getByRole('listbox').textContent).toBe('Aucun cas d’usage ne correspond.');
  });
});

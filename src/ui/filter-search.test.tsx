import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FilterSearch } from './filter-search';

/** 5,000 use cases, as a large inventory brings them: "Use case 0001" to "Use case 5000". */
const USE_CASES = Array.from({ length: 5000 }, (_, i) => ({
  id: `uc-${i + 1}`,
  title: `Use case ${String(i + 1).padStart(4, '0')}`,
}));

function renderFilter(value = '') {
  const onChange = vi.fn<(value: string) => void>();
  render(
    <FilterSearch
      label="Use case"
      anyLabel="All use cases"
      value={value}
      onChange={onChange}
      options={USE_CASES}
      noneMatch="No use case matches."
      more={(total) => `${total} use cases match: type more of a title to narrow.`}
    />,
  );
  return { onChange, field: screen.getByRole('combobox', { name: 'Use case' }) };
}

describe('FilterSearch over 5,000 use cases', () => {
  it('lists at most 50 titles and says how many match in all', () => {
    const { field } = renderFilter();
    expect(field).toHaveProperty('placeholder', 'All use cases');
    act(() => field.focus());
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    const list = screen.getByRole('listbox');
    const options = within(list).getAllByRole('option');
    expect(options.length).toBeGreaterThan(0);
    expect(options.length).toBeLessThanOrEqual(50);
    expect(options[0]?.textContent).toBe('Use case 0001');
    // Said under the cut list, with the total.
    expect(screen.getByText(/use cases match/).textContent).toBe(
      '5000 use cases match: type more of a title to narrow.',
    );
    // No option for each of the 5,000 anywhere in the page.
    expect(document.querySelectorAll('[role="option"]').length).toBeLessThanOrEqual(50);
  });

  it('narrows to the titles typed and picks one with the keyboard', () => {
    const { field, onChange } = renderFilter();
    act(() => field.focus());
    // Fifteen titles contain "499": 0499, 1499, 2499, 3499, 4499, then 4990 to 4999.
    fireEvent.change(field, { target: { value: '499' } });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Use case 0499',
      'Use case 1499',
      'Use case 2499',
      'Use case 3499',
      'Use case 4499',
      ...Array.from({ length: 10 }, (_, i) => `Use case 499${i}`),
    ]);
    expect(screen.queryByText(/use cases match/)).toBeNull();
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'ArrowDown' });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onChange).toHaveBeenLastCalledWith('uc-1499');
  });

  it('says when nothing matches', () => {
    const { field } = renderFilter();
    act(() => field.focus());
    fireEvent.change(field, { target: { value: 'invoice' } });
    // The only entry of the list is the message, no title.
    const list = screen.getByRole('listbox');
    expect(list.textContent).toBe('No use case matches.');
  });

  it('shows the chosen title and clears the filter when emptied', () => {
    const { field, onChange } = renderFilter('uc-4321');
    expect(field).toHaveProperty('value', 'Use case 4321');
    fireEvent.change(field, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith('');
  });
});

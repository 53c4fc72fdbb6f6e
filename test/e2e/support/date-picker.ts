import type { Locator } from 'playwright-core';

/**
 * Types an ISO date (2027-03-31) into a React Aria date picker the way a person does: in the
 * segments of the UI language's order (day, month, year in French and British English).
 * `scope` holds the picker; `label` is its visible label.
 */
export async function typeDate(scope: Locator, label: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const group = scope.getByRole('group', { name: label, exact: true }).first();
  await group.getByRole('spinbutton').first().click();
  await group.page().keyboard.type(`${day}${month}${year}`);
}

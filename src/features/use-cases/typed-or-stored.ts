/**
 * Whether a form's parsed values differ from the stored record's. A live preview (clarity,
 * financial figures) shows the decision's figures of the stored record; only what is typed and not
 * saved yet, that no decision knows, is worked out from the typed values, by the decision's own
 * function (clarityOf, estimateFinances), never a copy of it.
 */
export function typedDiffers(typed: object, stored: object): boolean {
  const before: Record<string, unknown> = { ...stored };
  return Object.entries(typed).some(
    ([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key]),
  );
}

/** One field of a record both this dialog and another tab changed: its label and two values. */
export interface ConflictRow {
  name: string;
  label: string;
  theirs: string;
  yours: string;
}

type Values = Record<string, unknown>;

function normalised(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(normalised).join('\u0000');
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function controlsOf(form: HTMLFormElement, name: string): HTMLElement[] {
  const found = form.elements.namedItem(name);
  if (!found) return [];
  if (found instanceof RadioNodeList) return [...found].filter((n) => n instanceof HTMLElement);
  return found instanceof HTMLElement ? [found] : [];
}

/** A field's label; a list of ticked boxes is named by its fieldset's legend, not one box's. */
function labelOf(control: HTMLElement | undefined, name: string, isList: boolean): string {
  if (!control) return name;
  const legend = control.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
  if (isList && legend) return legend;
  const labels = 'labels' in control ? (control.labels as NodeListOf<HTMLLabelElement>) : null;
  const own = labels?.[0]?.textContent?.trim();
  if (own) return own;
  return legend || control.getAttribute('aria-label') || name;
}

/** A value as the form shows it: a select's option text, a ticked box's label, else the text. */
function shown(controls: HTMLElement[], value: unknown, empty: string): string {
  const one = (v: unknown): string => {
    const text = normalised(v);
    for (const control of controls) {
      if (control instanceof HTMLSelectElement) {
        const option = [...control.options].find((o) => o.value === text);
        if (option) return option.text;
      }
      if (
        control instanceof HTMLInputElement &&
        control.type === 'checkbox' &&
        control.value === text
      ) {
        return control.labels?.[0]?.textContent?.trim() || text;
      }
    }
    return text;
  };
  const values = Array.isArray(value) ? value : [value];
  const texts = values.map(one).filter((text) => text !== '');
  return texts.length ? texts.join(', ') : empty;
}

/**
 * The fields whose value in the other tab's version differs from the person's, named by the
 * form's own labels (so in the UI language), values as the form shows them.
 */
export function conflictRows(
  form: HTMLFormElement,
  theirs: Values,
  yours: Values,
  empty: string,
): ConflictRow[] {
  return Object.keys(theirs)
    .filter((name) => normalised(theirs[name]) !== normalised(yours[name]))
    .map((name) => {
      const controls = controlsOf(form, name);
      return {
        name,
        label: labelOf(controls[0], name, Array.isArray(theirs[name])),
        theirs: shown(controls, theirs[name], empty),
        yours: shown(controls, yours[name], empty),
      };
    });
}

/** Whether a field still has the value it had when the dialog opened (the person left it). */
export function unchanged(seen: Values, yours: Values, name: string): boolean {
  return normalised(seen[name]) === normalised(yours[name]);
}

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../../test/fixtures/render-in-language';
import { StaleWriteError } from '../domain/conflicts/stale-write';
import type { Language } from '../domain/schema/common';
import type { Kpi } from '../domain/schema/workspace';
import { FrictionFormDialog, frictionFieldsOf, type FrictionFields } from './friction-form-dialog';
import { StepFormDialog, stepFieldsOf, type StepFields } from './step-form-dialog';

/** The step as this tab's dialog opened it. */
const SEEN: StepFields = {
  name: 'Check the invoice',
  phase: null,
  kind: 'control',
  departmentId: null,
  owner: '',
  yearlyVolume: 1200,
  frequency: '',
};
/** The same step as another tab saved it meanwhile: renamed, given an owner and a kind. */
const THEIRS: StepFields = {
  ...SEEN,
  name: 'Check the supplier invoice',
  owner: 'Ana',
  kind: 'knowledge',
};

/** A save function whose first call meets the other tab's change; later ones go through. */
function savedAfterAConflict<F>(theirs: F, seen: F) {
  const onSubmit = vi.fn<(values: F, seen?: F) => Promise<void>>();
  onSubmit.mockRejectedValueOnce(new StaleWriteError(theirs, seen));
  onSubmit.mockResolvedValue(undefined);
  return onSubmit;
}

async function open(language: Language) {
  const onSubmit = savedAfterAConflict(THEIRS, SEEN);
  const onOpenChange = vi.fn();
  await renderInLanguage(
    language,
    <StepFormDialog
      isOpen
      onOpenChange={onOpenChange}
      title="Step"
      mode="internal"
      departments={[]}
      initial={SEEN}
      stale={{ seen: SEEN, toForm: stepFieldsOf }}
      onSubmit={onSubmit}
    />,
  );
  return { onSubmit, onOpenChange };
}

async function editNameAndSave(name: string, save: string) {
  const field = screen.getAllByRole('textbox')[0]!;
  fireEvent.change(field, { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: save }));
  return screen.findByRole('alert');
}

/** The comparison table's rows: field, theirs, yours. */
function rowsOf(alert: HTMLElement): string[][] {
  return within(alert)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('a dialog saving over another tab’s change', () => {
  it('says so and shows both versions field by field, with the form’s labels (English)', async () => {
    const { onOpenChange } = await open('en');
    const alert = await editNameAndSave('Check an invoice', 'Save');
    expect(alert).toHaveTextContent('Another tab changed this since you opened it');
    expect(rowsOf(alert)).toEqual([
      ['Step name', 'Check the supplier invoice', 'Check an invoice'],
      ['Kind of work', 'Knowledge work', 'Control and compliance'],
      ['Owner', 'Ana', '(empty)'],
    ]);
    fireEvent.click(within(alert).getByRole('button', { name: 'Keep theirs' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('overwrites with mine: saved again over the version it was shown (French)', async () => {
    const { onSubmit, onOpenChange } = await open('fr');
    const alert = await editNameAndSave('Vérifier une facture', 'Enregistrer');
    expect(rowsOf(alert)[0]).toEqual([
      'Nom de l’étape',
      'Check the supplier invoice',
      'Vérifier une facture',
    ]);
    expect(rowsOf(alert)[2]).toEqual(['Responsable', 'Ana', '(vide)']);
    fireEvent.click(within(alert).getByRole('button', { name: 'Écraser avec la mienne' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1]![0]).toMatchObject({ name: 'Vérifier une facture', owner: '' });
    expect(onSubmit.mock.calls[1]![1]).toEqual(THEIRS);
  });

  it('goes on editing: my change stays, the fields I left take theirs, the next save replaces theirs', async () => {
    const { onSubmit } = await open('en');
    const alert = await editNameAndSave('Check an invoice', 'Save');
    fireEvent.click(within(alert).getByRole('button', { name: 'Go on editing' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]![0]).toMatchObject({
      name: 'Check an invoice',
      owner: 'Ana',
      kind: 'knowledge',
      yearlyVolume: 1200,
    });
    expect(onSubmit.mock.calls[1]![1]).toEqual(THEIRS);
  });
});

const KPIS: Kpi[] = [
  {
    id: 'kpi-dso',
    name: 'Days sales outstanding',
    departmentId: null,
    unit: 'days',
    direction: 'down',
    baseline: 52,
  },
  {
    id: 'kpi-cost',
    name: 'Cost per invoice',
    departmentId: null,
    unit: '€',
    direction: 'down',
    baseline: 9,
  },
];
/** A friction as this tab's dialog opened it, and as another tab saved it meanwhile. */
const FRICTION_SEEN: FrictionFields = {
  description: 'Invoices keyed by hand',
  severity: 2,
  kpiIds: ['kpi-dso'],
};
const FRICTION_THEIRS: FrictionFields = {
  ...FRICTION_SEEN,
  severity: 3,
  kpiIds: ['kpi-dso', 'kpi-cost'],
};

async function openFriction(language: Language) {
  const onSubmit = savedAfterAConflict(FRICTION_THEIRS, FRICTION_SEEN);
  await renderInLanguage(
    language,
    <FrictionFormDialog
      isOpen
      onOpenChange={vi.fn()}
      title="Friction"
      kpis={KPIS}
      initial={FRICTION_SEEN}
      stale={{ seen: FRICTION_SEEN, toForm: frictionFieldsOf }}
      onSubmit={onSubmit}
    />,
  );
  return onSubmit;
}

describe('the friction dialog saving over another tab’s change', () => {
  it('shows the severity and the KPIs hurt as the form names them (English)', async () => {
    await openFriction('en');
    const alert = await editNameAndSave('Invoices keyed twice', 'Save');
    expect(rowsOf(alert)).toEqual([
      ['What hurts', 'Invoices keyed by hand', 'Invoices keyed twice'],
      ['Severity', 'Critical', 'Serious'],
      ['KPIs it hurts', 'Days sales outstanding, Cost per invoice', 'Days sales outstanding'],
    ]);
  });

  it('goes on editing: my description stays, the severity and KPIs take theirs (French)', async () => {
    const onSubmit = await openFriction('fr');
    const alert = await editNameAndSave('Factures saisies deux fois', 'Enregistrer');
    expect(rowsOf(alert)[1]).toEqual(['Gravité', 'Critique', 'Sérieux']);
    expect(rowsOf(alert)[2]![0]).toBe('Indicateurs pénalisés');
    fireEvent.click(within(alert).getByRole('button', { name: 'Continuer à modifier' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1]).toEqual([
      { description: 'Factures saisies deux fois', severity: 3, kpiIds: ['kpi-dso', 'kpi-cost'] },
      FRICTION_THEIRS,
    ]);
  });
});

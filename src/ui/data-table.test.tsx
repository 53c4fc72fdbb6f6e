import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataColumn } from './data-table';

interface Kpi {
  id: string;
  name: string;
  unit: string;
  baseline: number | null;
}

const KPIS: Kpi[] = [
  { id: 'k1', name: 'Handling time', unit: 'min', baseline: 12 },
  { id: 'k2', name: 'Customer satisfaction', unit: '', baseline: null },
];

const COLUMNS: DataColumn<Kpi>[] = [
  { label: 'KPI', rowHeader: true, cell: (k) => k.name },
  { label: 'Unit', cell: (k) => k.unit || '—' },
  { label: 'Baseline', number: 'figure', cell: (k) => k.baseline ?? '—' },
  { label: 'Actions', hidden: true, chrome: true, cell: (k) => <button>Edit {k.name}</button> },
];

/** The two KPIs in a table, with the options of the case. */
function KpiTable(options: {
  rows?: Kpi[];
  label?: string;
  caption?: string;
  captionHidden?: boolean;
  className?: string;
  scroll?: string;
  rowTestId?: string;
  empty?: ReactNode;
}) {
  return <DataTable rows={KPIS} rowKey={(k) => k.id} columns={COLUMNS} {...options} />;
}

function cellTexts(row: HTMLElement): string[] {
  return Array.from(row.children, (c) => c.textContent ?? '');
}

describe('DataTable', () => {
  it('heads each column and names each row as a screen reader reads the table', () => {
    render(<KpiTable caption="Key performance indicators" captionHidden rowTestId="kpi-row" />);
    const table = screen.getByRole('table', { name: 'Key performance indicators' });
    expect(table.querySelector('caption')).toHaveClass('visually-hidden');
    const heads = within(table).getAllByRole('columnheader');
    expect(heads.map((h) => h.textContent)).toEqual(['KPI', 'Unit', 'Baseline', 'Actions']);
    expect(heads.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    // The buttons' column is named for a screen reader only.
    expect(within(heads[3] as HTMLElement).getByText('Actions')).toHaveClass('visually-hidden');
    // Each KPI's name heads its row; its figures and buttons follow in order.
    const rows = screen.getAllByTestId('kpi-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent(
      'Handling time',
    );
    expect(cellTexts(rows[0] as HTMLElement)).toEqual([
      'Handling time',
      'min',
      '12',
      'Edit Handling time',
    ]);
    expect(cellTexts(rows[1] as HTMLElement)).toEqual([
      'Customer satisfaction',
      '—',
      '—',
      'Edit Customer satisfaction',
    ]);
  });

  it('aligns a column of figures, heading and cells, and hides the buttons on the projector', () => {
    render(<KpiTable label="KPIs" className="plain" />);
    const table = screen.getByRole('table', { name: 'KPIs' });
    expect(table).toHaveClass('plain');
    expect(screen.getByRole('columnheader', { name: 'Baseline' })).toHaveClass('figure');
    expect(screen.getByRole('cell', { name: '12' })).toHaveClass('figure');
    const button = screen.getByRole('button', { name: 'Edit Handling time' });
    expect(button.closest('td')).toHaveAttribute('data-editing-chrome', '');
  });

  it('gives a cell the class its row calls for, and adds a total row below', () => {
    render(
      <DataTable
        label="Points"
        rows={[
          { id: 'a', points: 4 },
          { id: 'b', points: -2 },
        ]}
        rowKey={(r) => r.id}
        columns={[
          {
            label: 'Points',
            cellClassName: (r) => (r.points > 0 ? 'up' : 'down'),
            cell: (r) => r.points,
          },
        ]}
        footer={
          <tr>
            <td>2</td>
          </tr>
        }
      />,
    );
    expect(screen.getByRole('cell', { name: '4' })).toHaveClass('up');
    expect(screen.getByRole('cell', { name: '-2' })).toHaveClass('down');
    const total = screen.getByRole('table').querySelector('tfoot');
    expect(total).toHaveTextContent('2');
  });

  it('says there is nothing instead of an empty table, and scrolls sideways in a named region', () => {
    const empty = <p>{'No KPI yet.'}</p>;
    const { rerender } = render(<KpiTable label="KPIs" scroll="KPIs" rows={[]} empty={empty} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No KPI yet.')).toBeInTheDocument();
    rerender(<KpiTable label="KPIs" scroll="KPIs" empty={empty} />);
    const region = screen.getByRole('region', { name: 'KPIs' });
    expect(within(region).getByRole('table', { name: 'KPIs' })).toBeInTheDocument();
    expect(screen.queryByText('No KPI yet.')).toBeNull();
  });
});

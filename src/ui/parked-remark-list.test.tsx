import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInLanguage } from '../../test/fixtures/render-in-language';
import type { Language } from '../domain/schema/common';
import type { ParkingItem } from '../domain/schema/parking-lot';
import { ParkedRemarkList } from './parked-remark-list';

function remark(id: string, text: string, closedAt: string | null): ParkingItem {
  return {
    id,
    workspaceId: 'ws',
    workshopId: null,
    step: null,
    text,
    owner: 'Chloé Martin',
    author: 'Paul',
    createdAt: '2026-03-02T09:30:00.000Z',
    closedAt,
  };
}

// Listed closed first on purpose: the open one must come first on screen.
const ITEMS = [
  remark('r1', 'Check the retention rules', '2026-03-02T11:00:00.000Z'),
  remark('r2', 'Ask legal about call recordings', null),
];

async function show(language: Language) {
  const onClose = vi.fn<(item: ParkingItem) => void>();
  await renderInLanguage(
    language,
    <ParkedRemarkList items={ITEMS} onClose={onClose} label="Parking lot" />,
  );
  return onClose;
}

describe('ParkedRemarkList', () => {
  it('lists open remarks first, each with its owner, and closes the one pressed', async () => {
    const onClose = await show('en');
    const items = within(screen.getByRole('list', { name: 'Parking lot' })).getAllByRole(
      'listitem',
    );
    expect(items.map((i) => i.querySelector('span')?.textContent)).toEqual([
      'Ask legal about call recordings',
      'Check the retention rules',
    ]);
    expect(items[0]).toHaveTextContent('Chloé Martin · parked by Paul');
    // The closed one says so and has no button.
    expect(items[1]).toHaveTextContent('dealt with');
    expect(within(items[1] as HTMLElement).queryByRole('button')).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Mark "Ask legal about call recordings" as dealt with' }),
    );
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onClose.mock.calls[0]?.[0].id).toBe('r2');
  });

  it('speaks French', async () => {
    await show('fr');
    expect(
      screen.getByRole('button', {
        name: 'Marquer « Ask legal about call recordings » comme traitée',
      }),
    ).toHaveTextContent('Traitée');
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Chloé Martin · garée par Paul');
  });
});

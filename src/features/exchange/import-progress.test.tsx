import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInLanguage } from '../../../test/fixtures/render-in-language';
import { ImportProgress } from './import-progress';

describe('the progress of an import, as read in French', () => {
  it('names a backup’s bar after the backup, and counts its records', async () => {
    await renderInLanguage(
      'fr',
      <ImportProgress
        progress={{ done: 1000, total: 22560 }}
        countKey="exchange.recordsProgress"
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Import de la sauvegarde' });
    expect(bar).toHaveAttribute('value', '1000');
    expect(screen.getByRole('status').textContent).toBe(
      '1\u202f000 enregistrements écrits sur 22\u202f560',
    );
  });

  it('names a list’s bar after its use cases, and says the file is read before its total is known', async () => {
    await renderInLanguage(
      'fr',
      <ImportProgress progress={{ done: 0, total: null }} countKey="exchange.progressCount" />,
    );
    expect(screen.getByRole('progressbar', { name: 'Import des cas d’usage' })).not.toHaveAttribute(
      'value',
    );
    expect(screen.getByRole('status').textContent).toBe('Lecture du fichier…');
  });
});

import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/schema/common';
import { renderInLanguage } from '../../test/fixtures/render-in-language';
import { NotReady, ScreenPage, useWorkspaceScreen } from './screen-page';

function renderAt(language: Language, path: string, children: ReactNode) {
  return renderInLanguage(
    language,
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/w/:workspaceId/matrix" element={children} />
        <Route path="*" element={children} />
      </Routes>
    </MemoryRouter>,
  );
}

function WhereAmI() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  return (
    <p>
      {workspaceId || '(none)'} · {t('nav.matrix')} · {f.score(68.75)}
    </p>
  );
}

describe('useWorkspaceScreen', () => {
  it.each([
    ['en', 'acme-1 · Matrix · 68.8'],
    ['fr', 'acme-1 · Matrice · 68,8'],
  ] as const)('reads the route’s workspace and speaks %s', async (language, expected) => {
    await renderAt(language, '/w/acme-1/matrix', <WhereAmI />);
    expect(screen.getByText(/acme-1/).textContent).toBe(expected);
  });

  it('gives no workspace outside one', async () => {
    await renderAt('en', '/', <WhereAmI />);
    expect(screen.getByText(/none/).textContent).toBe('(none) · Matrix · 68.8');
  });
});

describe('NotReady', () => {
  it.each([
    ['en', 'Loading…'],
    ['fr', 'Chargement…'],
  ] as const)(
    'says %s data is loading while the query has not answered',
    async (language, text) => {
      await renderAt(language, '/', <NotReady data={undefined} missing={<p>Gone</p>} />);
      const loading = screen.getByText(text);
      expect(loading).toHaveAttribute('aria-busy', 'true');
      expect(screen.queryByText('Gone')).toBeNull();
    },
  );

  it('shows what it is told when the data does not exist, or nothing', async () => {
    const { container, rerender } = await renderAt(
      'en',
      '/',
      <NotReady data={null} missing={<p>No such workspace.</p>} />,
    );
    expect(container.textContent).toBe('No such workspace.');
    rerender(<NotReady data={null} />);
    expect(container.textContent).toBe('');
  });
});

describe('ScreenPage', () => {
  it('puts the heading, its lead and its actions above the content', async () => {
    const { container } = await renderAt(
      'en',
      '/',
      <ScreenPage title="Roadmap" lead="Waves of use cases." actions={<button>Suggest</button>}>
        <p>{'The board'}</p>
      </ScreenPage>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Roadmap');
    expect(screen.getByText('Waves of use cases.')).toBeInTheDocument();
    // The actions are editing chrome (left out of the projector view).
    expect(screen.getByRole('button', { name: 'Suggest' }).parentElement).toHaveAttribute(
      'data-editing-chrome',
    );
    const page = container.firstElementChild;
    expect(page?.lastElementChild?.textContent).toBe('The board');
    expect(container.querySelector('[data-no-print]')).toBeNull();
  });

  it('leaves the heading out of print when the printed page has its own, and takes a class', async () => {
    const { container } = await renderAt(
      'en',
      '/',
      <ScreenPage title="Journey" className="screen" headerNotPrinted>
        <p>{'The map'}</p>
      </ScreenPage>,
    );
    const page = container.firstElementChild;
    expect(page).toHaveClass('screen');
    expect(container.querySelector('[data-no-print] h1')?.textContent).toBe('Journey');
    expect(screen.queryByText('The map')?.closest('[data-no-print]')).toBeNull();
  });
});

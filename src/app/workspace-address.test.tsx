import { render, screen, waitFor } from '@testing-library/react';
import { createBrowserRouter, Link, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WORKSPACE_ADDRESS } from './workspace-address';

/**
 * A workspace's own address in a router shaped as the app's: the header's link home, the home
 * page, a workspace's layout, its address (the loader under test) and its use cases, whose code
 * arrives when `useCasesCode` resolves.
 */
function appRouter(useCasesCode: Promise<void>) {
  return createBrowserRouter([
    {
      path: '/',
      hydrateFallbackElement: <span />,
      element: (
        <>
          <Link to="/">{'Clarté'}</Link>
          <Outlet />
        </>
      ),
      children: [
        { index: true, element: <h1>{'Home'}</h1> },
        {
          path: 'w/:workspaceId',
          element: (
            <>
              <p>{'Workspace layout'}</p>
              <Outlet />
            </>
          ),
          children: [
            WORKSPACE_ADDRESS,
            {
              path: 'use-cases',
              lazy: async () => {
                await useCasesCode;
                return { Component: () => <h1>{'Use cases'}</h1> };
              },
            },
          ],
        },
      ],
    },
  ]);
}

type Router = ReturnType<typeof appRouter>;
let router: Router | undefined;
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

beforeEach(() => {
  // The router's updates run as in the page (React's own scheduling, not flushed by act), so that
  // a click can come between a screen's drawing and its effects, as it can in a browser.
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => {
  router?.dispose();
  router = undefined;
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

function openAt(path: string, useCasesCode: Promise<void>): Router {
  window.history.replaceState(null, '', path);
  router = appRouter(useCasesCode);
  render(<RouterProvider router={router} />);
  return router;
}

/** Resolves once the router has no navigation under way and the page has had a turn. */
async function settled(r: Router): Promise<void> {
  await waitFor(() => expect(r.state.navigation.state).toBe('idle'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await waitFor(() => expect(r.state.navigation.state).toBe('idle'));
}

describe("a workspace's address opens its use cases", () => {
  it('leaves the person home when they go there the instant the workspace is drawn', async () => {
    const r = openAt('/', Promise.resolve());
    await screen.findByRole('heading', { name: 'Home' });
    // At the first drawing of the workspace, before anything else of the page runs, the person
    // clicks the header's link home (as a click handled between React's commit and its effects).
    let clickedHome = false;
    const observer = new MutationObserver(() => {
      if (clickedHome || !screen.queryByText('Workspace layout')) return;
      clickedHome = true;
      screen.getByRole('link', { name: 'Clarté' }).click();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    void r.navigate('/w/harbour');
    await waitFor(() => expect(clickedHome).toBe(true));
    observer.disconnect();
    await screen.findByRole('heading', { name: 'Home' });
    await settled(r);
    expect(r.state.location.pathname).toBe('/');
    expect(screen.getByRole('heading', { name: 'Home' })).toBeInTheDocument();
    expect(screen.queryByText('Workspace layout')).toBeNull();
  });

  it('leaves the person home when they go there while the use cases still load', async () => {
    let arrive = () => {};
    const r = openAt('/', new Promise<void>((resolve) => (arrive = resolve)));
    await screen.findByRole('heading', { name: 'Home' });
    void r.navigate('/w/harbour');
    await waitFor(() => expect(r.state.navigation.location?.pathname).toBe('/w/harbour/use-cases'));
    screen.getByRole('link', { name: 'Clarté' }).click();
    arrive();
    await settled(r);
    expect(r.state.location.pathname).toBe('/');
    expect(screen.getByRole('heading', { name: 'Home' })).toBeInTheDocument();
  });

  it('replaces its own entry in the history when the page is loaded at it', async () => {
    // No entry ahead of this one (the tests above only went forward): a new entry would show.
    window.history.replaceState(null, '', '/w/harbour');
    const length = window.history.length;
    const r = openAt('/w/harbour', Promise.resolve());
    await screen.findByRole('heading', { name: 'Use cases' });
    expect(r.state.location.pathname).toBe('/w/harbour/use-cases');
    expect(window.location.pathname).toBe('/w/harbour/use-cases');
    expect(window.history.length).toBe(length);
  });

  // Last: going back leaves an entry ahead.
  it('adds one entry to the history when opened from a link; back is home', async () => {
    const r = openAt('/', Promise.resolve());
    await screen.findByRole('heading', { name: 'Home' });
    const before = window.history.length;
    await r.navigate('/w/harbour');
    await screen.findByRole('heading', { name: 'Use cases' });
    expect(r.state.location.pathname).toBe('/w/harbour/use-cases');
    expect(window.history.length).toBe(before + 1);
    // Back: home, not the workspace's address (which would open the use cases again).
    await r.navigate(-1);
    await screen.findByRole('heading', { name: 'Home' });
    expect(r.state.location.pathname).toBe('/');
  });
});

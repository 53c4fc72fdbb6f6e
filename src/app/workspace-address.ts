import { redirect, replace, type LoaderFunctionArgs } from 'react-router';

/**
 * The loader of a workspace's own address (`/w/<id>`): it opens the workspace's use cases.
 *
 * The router redirects within the navigation that reached the address, so a later navigation
 * (the person clicking elsewhere meanwhile) supersedes it. A `<Navigate>` drawn at the address
 * redirected from an effect instead, which React may run after a click it has already handled:
 * the person who went back home at that instant was taken to the workspace they had just left.
 *
 * The address replaces its own entry in the history when it has one (first load, reload, back or
 * forward); a link's navigation has not added it yet, and adds the use cases' address instead.
 */
function openUseCases({ request }: LoaderFunctionArgs): Response {
  const { pathname } = new URL(request.url);
  const target = `${pathname.replace(/\/$/, '')}/use-cases`;
  return window.location.pathname === pathname ? replace(target) : redirect(target);
}

/** The route of a workspace's own address, child of its layout. */
export const WORKSPACE_ADDRESS = {
  index: true,
  loader: openUseCases,
  // Never drawn (the loader redirects); said so, so that the router does not warn of a blank page.
  element: null,
} as const;

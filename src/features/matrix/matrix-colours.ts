import type { Scope } from '../../domain/schema/use-case';

/**
 * Literal colours (not CSS variables): the exported SVG and PNG are drawn outside the page.
 * Internal and external also differ by shape (circle, diamond), not by colour alone.
 */
export const SCOPE_COLOUR: Record<Scope, string> = {
  internal: '#2446a6',
  external: '#c2410c',
};

export const QUADRANT_FILL = {
  quickWin: '#e8f5ee',
  strategicBet: '#e8edfa',
  fillIn: '#fbf5dc',
  deprioritise: '#f1f2f4',
} as const;

export const INK = '#1c2430';
export const MUTED_INK = '#5b6573';

/** The chart's letters, on screen, on its canvas and in the exported SVG. */
export const CHART_FONT =
  'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** What a column of the board draws: its cards, and what they read. */
export interface BoardColumn<Board> {
  ids: readonly string[];
  board: Board;
}

/** The board's columns by key (a wave's id, 'backlog', 'out'). */
export type Columns<Board> = Readonly<Record<string, BoardColumn<Board>>>;

/**
 * More columns changed at once than this (a suggestion applied, the ranking decided again): they
 * are drawn one per task. A card move changes two columns: drawn together, at once.
 */
const AT_ONCE = 2;

function sameColumn<B>(a: BoardColumn<B> | undefined, b: BoardColumn<B>): boolean {
  if (a === undefined || a.board !== b.board || a.ids.length !== b.ids.length) return false;
  return a.ids === b.ids || a.ids.every((id, i) => id === b.ids[i]);
}

function changedKeys<B>(drawn: Columns<B>, wanted: Columns<B>): string[] {
  return Object.entries(wanted)
    .filter(([key, column]) => !sameColumn(drawn[key], column))
    .map(([key]) => key);
}

/**
 * The columns as drawn. A column's cards are drag-and-drop items: React Aria builds the column's
 * collection, then draws every card in one synchronous pass; when every column changes at once,
 * that pass draws every card of the board and blocks the page for as long as they all take. So
 * when more than two columns change, each changed column is drawn and committed in its own task,
 * in the board's order (the page paints and answers input in between); a column not yet drawn
 * keeps its previous cards meanwhile. `wanted` must keep its identity while nothing changes.
 */
export function useColumnsInTurn<B>(wanted: Columns<B>): Columns<B> {
  const [{ drawn, turning }, setState] = useState({ drawn: wanted, turning: false });
  const changed = changedKeys(drawn, wanted);
  if (changed.length > 0 && !turning) {
    // A move's two columns, or a wave added: drawn now. More: one after the other (below).
    if (changed.length > AT_ONCE) setState({ drawn, turning: true });
    else setState({ drawn: wanted, turning: false });
  }
  useEffect(() => {
    if (!turning) return;
    let timer = 0;
    const next = (keys: readonly string[]) => {
      const [key, ...rest] = keys;
      const column = key === undefined ? undefined : wanted[key];
      if (key === undefined || column === undefined) {
        setState((s) => ({ ...s, turning: false }));
        return;
      }
      // Committed in this task: React Aria's collection then draws the column's cards in it.
      flushSync(() => setState((s) => ({ ...s, drawn: { ...s.drawn, [key]: column } })));
      timer = window.setTimeout(() => next(rest), 0);
    };
    timer = window.setTimeout(() => next(changedKeys(drawn, wanted)), 0);
    return () => window.clearTimeout(timer);
    // Started again from what is drawn whenever the wanted columns change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [turning, wanted]);
  if (!turning) return wanted;
  // A column the board no longer has is left out; a new one shows at once.
  return Object.fromEntries(
    Object.entries(wanted).map(([key, column]) => [key, drawn[key] ?? column]),
  );
}

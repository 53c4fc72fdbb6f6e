/** How much room a text has on the one-page business case. */
export interface ClampLimits {
  /** Printed lines available. */
  maxLines: number;
  /** A prudent estimate of the characters that fit on one printed line. */
  charsPerLine: number;
  /** Characters kept free at the end of a clamped text, for a note such as "continued…". */
  reserve?: number;
}

export interface ClampedText {
  /** What the page shows: the whole text, or its beginning ending with "…". */
  text: string;
  /** True when the page shows only the beginning: the full text goes to the appendix. */
  clamped: boolean;
}

const ELLIPSIS = '…';

/** Paragraphs of a text, each with its white space folded; blank paragraphs dropped. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** Cuts a paragraph to `room` characters or fewer, at a word boundary when there is one. */
function cutAt(paragraph: string, room: number): string {
  const head = paragraph.slice(0, Math.max(0, room));
  const nextChar = paragraph.charAt(head.length);
  if (nextChar === '' || nextChar === ' ' || head.endsWith(' ')) return head.trimEnd();
  const lastSpace = head.lastIndexOf(' ');
  // A single word longer than the room is cut where it must be.
  return lastSpace > 0 ? head.slice(0, lastSpace).trimEnd() : head;
}

/**
 * Fits a text into `maxLines` printed lines of about `charsPerLine` characters: each paragraph
 * starts a new line and takes ceil(length / charsPerLine) lines. A text that does not fit is
 * cut at a word boundary and ends with "…", leaving room for it; `clamped` then says so, so that
 * the page can point to the appendix: nothing is ever cut silently.
 */
export function clampText(text: string, limits: ClampLimits): ClampedText {
  const { maxLines, charsPerLine, reserve = 0 } = limits;
  const paragraphs = paragraphsOf(text);
  const whole = paragraphs.join('\n');
  const kept: string[] = [];
  let linesLeft = maxLines;
  for (const paragraph of paragraphs) {
    const lines = Math.max(1, Math.ceil(paragraph.length / charsPerLine));
    if (lines <= linesLeft) {
      kept.push(paragraph);
      linesLeft -= lines;
      continue;
    }
    if (linesLeft > 0) {
      // Room for the ellipsis (and the reserved note) on the last line.
      const cut = cutAt(paragraph, linesLeft * charsPerLine - ELLIPSIS.length - reserve);
      if (cut.length > 0) kept.push(cut);
    }
    const shown = kept.join('\n');
    return { text: shown.length > 0 ? `${shown}${ELLIPSIS}` : ELLIPSIS, clamped: true };
  }
  return { text: whole, clamped: false };
}

/** The printed lines a text takes: each paragraph ceil(length / charsPerLine), at least one. */
export function linesNeeded(text: string, charsPerLine: number): number {
  return paragraphsOf(text).reduce(
    (sum, p) => sum + Math.max(1, Math.ceil(p.length / charsPerLine)),
    0,
  );
}

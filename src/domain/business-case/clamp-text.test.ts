import { describe, expect, it } from 'vitest';
import { clampText, linesNeeded } from './clamp-text';

/** The text clamped to `maxLines` lines of 10 characters, `reserve` kept for a note. */
const onLinesOf10 = (text: string, maxLines: number, reserve?: number) =>
  clampText(text, { maxLines, charsPerLine: 10, reserve });
/** What the page shows: the whole text, or its beginning cut with "…". */
const whole = (text: string) => ({ text, clamped: false });
const cut = (text: string) => ({ text, clamped: true });

describe('clampText', () => {
  it('keeps a text that fits, white space folded', () => {
    // "Free accounts payable": 21 characters, ceil(21 / 10) = 3 lines
    expect(onLinesOf10('  Free  accounts\tpayable ', 3)).toEqual(whole('Free accounts payable'));
    // 20 characters on 2 lines of 10: exactly full, not clamped
    expect(onLinesOf10('abcdefghij klmnopqrs', 2).clamped).toBe(false);
  });

  it('cuts a long text at a word boundary and says so', () => {
    // 2 lines × 10 = 20 characters, minus 1 for "…" = 19: "one two three four " -> trimmed
    expect(onLinesOf10('one two three four five six', 2)).toEqual(cut('one two three four…'));
    // 19 characters of "alpha beta gamma delta" end inside "delta": back to the last space
    expect(onLinesOf10('alpha beta gamma delta', 2)).toEqual(cut('alpha beta gamma…'));
  });

  it('keeps room for a note after a clamped text', () => {
    // 2 × 10 − 1 − 6 reserved = 13: "one two three" then "…"
    expect(onLinesOf10('one two three four five six', 2, 6)).toEqual(cut('one two three…'));
    // the reserve is not taken from a text that fits
    expect(onLinesOf10('one two', 1, 6).text).toBe('one two');
  });

  it('cuts a single word longer than the room where it must', () => {
    // 1 line × 10 − 1 = 9 characters
    expect(onLinesOf10('abcdefghijklmnop', 1)).toEqual(cut('abcdefghi…'));
  });

  it('starts each paragraph on a new line', () => {
    // "a" and "b" take one line each: "c" has no room left
    expect(onLinesOf10('a\nb\n\nc', 2)).toEqual(cut('a\nb…'));
    // 3 lines: "a" (1), then 15 characters take ceil(15 / 10) = 2 lines
    expect(onLinesOf10('a\r\nabcdefghij klmn', 3)).toEqual(whole('a\nabcdefghij klmn'));
    // 2 lines: "a" (1), then 1 × 10 − 1 = 9 characters of the second paragraph
    expect(onLinesOf10('a\nabcdefghij klmn', 2)).toEqual(cut('a\nabcdefghi…'));
  });

  it('gives an empty text as empty, and no room as a bare ellipsis', () => {
    expect(onLinesOf10('   ', 2)).toEqual(whole(''));
    expect(onLinesOf10('word', 0)).toEqual(cut('…'));
  });
});

describe('linesNeeded', () => {
  it('counts each paragraph from a new line', () => {
    // "a" 1 line ; 15 characters on lines of 10: 2 lines ; empty text: 0
    expect(linesNeeded('a\nabcdefghij klmn', 10)).toBe(3);
    expect(linesNeeded('', 10)).toBe(0);
  });
});

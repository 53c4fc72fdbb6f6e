import { describe, expect, it } from 'vitest';
import { clampText, linesNeeded } from './clamp-text';

describe('clampText', () => {
  it('keeps a text that fits, white space folded', () => {
    // "Free accounts payable": 21 characters, ceil(21 / 10) = 3 lines
    expect(clampText('  Free  accounts\tpayable ', { maxLines: 3, charsPerLine: 10 })).toEqual({
      text: 'Free accounts payable',
      clamped: false,
    });
    // 20 characters on 2 lines of 10: exactly full, not clamped
    expect(clampText('abcdefghij klmnopqrs', { maxLines: 2, charsPerLine: 10 }).clamped).toBe(
      false,
    );
  });

  it('cuts a long text at a word boundary and says so', () => {
    // 2 lines × 10 = 20 characters, minus 1 for "…" = 19: "one two three four " -> trimmed
    expect(clampText('one two three four five six', { maxLines: 2, charsPerLine: 10 })).toEqual({
      text: 'one two three four…',
      clamped: true,
    });
    // 19 characters of "alpha beta gamma delta" end inside "delta": back to the last space
    expect(clampText('alpha beta gamma delta', { maxLines: 2, charsPerLine: 10 })).toEqual({
      text: 'alpha beta gamma…',
      clamped: true,
    });
  });

  it('keeps room for a note after a clamped text', () => {
    // 2 × 10 − 1 − 6 reserved = 13: "one two three" then "…"
    expect(
      clampText('one two three four five six', { maxLines: 2, charsPerLine: 10, reserve: 6 }),
    ).toEqual({ text: 'one two three…', clamped: true });
    // the reserve is not taken from a text that fits
    expect(clampText('one two', { maxLines: 1, charsPerLine: 10, reserve: 6 }).text).toBe(
      'one two',
    );
  });

  it('cuts a single word longer than the room where it must', () => {
    // 1 line × 10 − 1 = 9 characters
    expect(clampText('abcdefghijklmnop', { maxLines: 1, charsPerLine: 10 })).toEqual({
      text: 'abcdefghi…',
      clamped: true,
    });
  });

  it('starts each paragraph on a new line', () => {
    // "a" and "b" take one line each: "c" has no room left
    expect(clampText('a\nb\n\nc', { maxLines: 2, charsPerLine: 10 })).toEqual({
      text: 'a\nb…',
      clamped: true,
    });
    // 3 lines: "a" (1), then 15 characters take ceil(15 / 10) = 2 lines
    expect(clampText('a\r\nabcdefghij klmn', { maxLines: 3, charsPerLine: 10 })).toEqual({
      text: 'a\nabcdefghij klmn',
      clamped: false,
    });
    // 2 lines: "a" (1), then 1 × 10 − 1 = 9 characters of the second paragraph
    expect(clampText('a\nabcdefghij klmn', { maxLines: 2, charsPerLine: 10 })).toEqual({
      text: 'a\nabcdefghi…',
      clamped: true,
    });
  });

  it('gives an empty text as empty, and no room as a bare ellipsis', () => {
    expect(clampText('   ', { maxLines: 2, charsPerLine: 10 })).toEqual({
      text: '',
      clamped: false,
    });
    expect(clampText('word', { maxLines: 0, charsPerLine: 10 })).toEqual({
      text: '…',
      clamped: true,
    });
  });
});

describe('linesNeeded', () => {
  it('counts each paragraph from a new line', () => {
    // "a" 1 line ; 15 characters on lines of 10: 2 lines ; empty text: 0
    expect(linesNeeded('a\nabcdefghij klmn', 10)).toBe(3);
    expect(linesNeeded('', 10)).toBe(0);
  });
});

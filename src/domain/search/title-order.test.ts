import { describe, expect, it } from 'vitest';
import { titleOrder } from './title-order';

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  ...'aAbBcCeEzZ019 #-_.,;:!?\'"()[]{}@*/\\&%`^+<=>|~$',
  'é',
  'É',
  'è',
  'ç',
  'œ',
  'e\u0301',
  'ß',
  'Ω',
  '\t',
];

function title(next: () => number): string {
  const length = Math.floor(next() * 6);
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}

describe('titleOrder', () => {
  it.each(['en', 'fr', 'en-GB', 'fr-CA', 'cs'])(
    'orders as Intl.Collator(%s) does, on every pair of 600 mixed titles',
    (locale) => {
      const next = random(7);
      const titles = Array.from({ length: 600 }, () => title(next));
      const collator = new Intl.Collator(locale);
      const fast = titleOrder(locale);
      const mismatches: string[] = [];
      for (const a of titles)
        for (const b of titles)
          if (Math.sign(fast(a, b)) !== Math.sign(collator.compare(a, b)))
            mismatches.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      expect(mismatches.slice(0, 5)).toEqual([]);
    },
  );

  it('sorts titles as a person expects: case and accents aside, shorter first', () => {
    const sorted = ['Zèbre', 'abc', 'Abc', 'ab', 'éclair', 'Eclat', 'a-b', 'a b', 'a1'].sort(
      titleOrder('fr'),
    );
    expect(sorted).toEqual(['a b', 'a-b', 'a1', 'ab', 'abc', 'Abc', 'éclair', 'Eclat', 'Zèbre']);
  });
});

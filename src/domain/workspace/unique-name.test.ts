import { describe, expect, it } from 'vitest';
import { uniqueName } from './unique-name';

describe('uniqueName', () => {
  it('keeps a name nobody bears', () => {
    expect(uniqueName('Pilot', ['Other'])).toBe('Pilot');
  });

  it('numbers a name already taken, ignoring case and accents', () => {
    expect(uniqueName('Démo', ['demo'], 'fr')).toBe('Démo (2)');
    expect(uniqueName('Demo', ['Demo', 'Demo (2)'])).toBe('Demo (3)');
  });
});

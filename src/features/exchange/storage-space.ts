const UNITS = [
  { unit: 'gigabyte', bytes: 1e9 },
  { unit: 'megabyte', bytes: 1e6 },
  { unit: 'kilobyte', bytes: 1e3 },
] as const;

/** A size in the largest unit it reaches, one decimal at most: "3.2 MB", "3,2 Mo". */
export function formatBytes(bytes: number, locale: string): string {
  const chosen = UNITS.find((candidate) => bytes >= candidate.bytes);
  if (!chosen) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'byte',
      unitDisplay: 'short',
    }).format(Math.max(0, Math.round(bytes)));
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: chosen.unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / chosen.bytes);
}

/**
 * The default waves of a roadmap. The workspace setting `roadmapMode` chooses between
 * Now / Next / Later (`waves`) and the next four calendar quarters (`quarters`), starting with
 * the quarter that contains the given date. Wave names are data the user can rename: the
 * domain gives message keys (and their parameters), the UI phrases them in its language.
 */
export type RoadmapMode = 'waves' | 'quarters';

export interface DefaultWave {
  nameKey: string;
  nameParams: Record<string, number>;
  /** YYYY-MM-DD, null for undated waves. */
  startDate: string | null;
  endDate: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of a month (1..12): day 0 of the next month. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar quarter (1..4) and year of a YYYY-MM-DD date. */
export function quarterOf(date: string): { year: number; quarter: number } {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  const month = Number(match[2]);
  return { year: Number(match[1]), quarter: Math.floor((month - 1) / 3) + 1 };
}

export function defaultWaves(mode: RoadmapMode, today: string): DefaultWave[] {
  if (mode === 'waves') {
    return ['now', 'next', 'later'].map((k) => ({
      nameKey: `roadmap.wave.${k}`,
      nameParams: {},
      startDate: null,
      endDate: null,
    }));
  }
  const first = quarterOf(today);
  return [0, 1, 2, 3].map((i) => {
    const q0 = first.quarter - 1 + i;
    const year = first.year + Math.floor(q0 / 4);
    const quarter = (q0 % 4) + 1;
    const startMonth = (quarter - 1) * 3 + 1;
    const endMonth = startMonth + 2;
    return {
      nameKey: 'roadmap.wave.quarter',
      nameParams: { quarter, year },
      startDate: `${year}-${pad(startMonth)}-01`,
      endDate: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`,
    };
  });
}

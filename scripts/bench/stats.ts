export interface Stat {
  median: number;
  p90: number;
  runs: number[];
}

/** Median and 90th percentile (nearest rank) of measured runs. */
export function stat(runs: number[]): Stat {
  const s = [...runs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p90: at(0.9), runs };
}

/** 1 warm-up run, then `count` measured runs. */
export async function measure(count: number, run: () => Promise<number>): Promise<Stat> {
  await run();
  const runs: number[] = [];
  for (let i = 0; i < count; i++) runs.push(await run());
  return stat(runs);
}

export interface Target {
  name: string;
  value: number | null;
  unit: string;
  limit: number;
  pass: boolean | null;
}

export function target(name: string, value: number | null, unit: string, limit: number): Target {
  return { name, value, unit, limit, pass: value === null ? null : value <= limit };
}

export function formatTable(targets: Target[]): string {
  const rows = targets.map((t) => {
    const v = t.value === null ? 'n/a' : `${Math.round(t.value * 100) / 100} ${t.unit}`;
    const verdict = t.pass === null ? 'not measured' : t.pass ? 'PASS' : 'FAIL';
    return `| ${t.name} | ${v} | <= ${t.limit} ${t.unit} | ${verdict} |`;
  });
  return ['| measure | value (median) | target | result |', '|---|---|---|---|', ...rows].join(
    '\n',
  );
}

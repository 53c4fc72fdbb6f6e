import type { BpmnProcess, PlannedLoop } from './bpmn-model';

/** At most this many names stand for an unnamed element (the branches of a gateway). */
const NAMES_SHOWN = 3;

/**
 * The loops set aside, as a person can read them: the flow's source and target by their names.
 * An unnamed element (a gateway, an event, a task) stands for the nearest named elements on its
 * side, not following other loops: before the source, after the target; several at the same
 * distance (the branches of a gateway) are all named, "A / B". The element id only when nothing
 * on that side is named.
 */
export function nameLoops(process: BpmnProcess, loops: ReadonlySet<string>): PlannedLoop[] {
  const names = new Map(process.nodes.map((n) => [n.id, n.name.trim()]));
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  for (const f of process.flows) {
    if (loops.has(f.id)) continue;
    before.set(f.target, [...(before.get(f.target) ?? []), f.source]);
    after.set(f.source, [...(after.get(f.source) ?? []), f.target]);
  }
  const nameOf = (id: string, side: Map<string, string[]>): string => {
    const seen = new Set<string>();
    for (let level = [id]; level.length;) {
      for (const x of level) seen.add(x);
      const named = [...new Set(level.map((x) => names.get(x) ?? '').filter(Boolean))];
      if (named.length)
        return named.length > NAMES_SHOWN
          ? `${named.slice(0, NAMES_SHOWN).join(' / ')} / …`
          : named.join(' / ');
      level = [...new Set(level.flatMap((x) => side.get(x) ?? []))].filter((x) => !seen.has(x));
    }
    return id;
  };
  return process.flows
    .filter((f) => loops.has(f.id))
    .map((f) => ({ flow: f.id, from: nameOf(f.source, before), to: nameOf(f.target, after) }));
}

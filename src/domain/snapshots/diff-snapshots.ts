import { groupBy } from '../collections/group-by';
import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { DecisionSnapshot, FrozenScorecard, FrozenUseCase } from '../schema/decision-snapshot';
import type {
  AgreementChange,
  OverrideChange,
  ScoreChange,
  ScoreContribution,
  SettingChange,
  SettingName,
  SnapshotDiff,
} from './snapshot-diff-types';

/** The ids of the decided ranking, first to last (the use cases with a decided rank). */
export function rankingOf(snapshot: Pick<DecisionSnapshot, 'useCases'>): string[] {
  return snapshot.useCases
    .filter((u): u is FrozenUseCase & { decidedRank: number } => u.decidedRank !== null)
    .sort((a, b) => a.decidedRank - b.decidedRank)
    .map((u) => u.id);
}

function agreementOf(u: FrozenUseCase | undefined, c: CriterionId): AgreementChange | null {
  const a = u?.scores[c].agreement;
  if (!a) return null;
  return {
    decisionId: a.decisionId,
    author: a.author,
    at: a.at,
    note: a.note,
    agreedScore: a.agreedScore,
  };
}

/** The participants whose score on `criterion` changed, with their rationale and when. */
function contributionsOf(
  criterion: CriterionId,
  before: readonly FrozenScorecard[],
  after: readonly FrozenScorecard[],
): ScoreContribution[] {
  const was = new Map(before.map((c) => [c.id, c]));
  const out: ScoreContribution[] = [];
  const change = (
    card: FrozenScorecard,
    from: number | null,
    to: number | null,
    at: string | null,
  ) => {
    if (from === to) return;
    const { id, participantId, participantName } = card;
    const rationale = card.scores[criterion].rationale;
    out.push({ scorecardId: id, participantId, participantName, from, to, rationale, at });
  };
  for (const card of after) {
    const old = was.get(card.id);
    was.delete(card.id);
    change(
      card,
      old?.scores[criterion].score ?? null,
      card.scores[criterion].score,
      card.updatedAt,
    );
  }
  // A scorecard removed since: its score goes to none, at no time.
  for (const old of was.values()) change(old, old.scores[criterion].score, null, null);
  return out;
}

/**
 * What changed from `before` to `after` (two snapshots, or a snapshot and now shaped like one by
 * freezeDecision). Pure; compares the frozen figures exactly (full precision), recomputes
 * nothing. Listed: decided rank moves of use cases ranked in both (each with its old and new
 * position), use cases added to or dropped from the ranking, effective scores changed (with the
 * participants whose scores changed, their rationale and when, and the agreement in force),
 * weights and settings changed, overrides added or ended, quadrants changed. Identical inputs
 * give no difference at all.
 */
export function diffSnapshots(before: DecisionSnapshot, after: DecisionSnapshot): SnapshotDiff {
  const was = new Map(before.useCases.map((u) => [u.id, u]));
  const now = new Map(after.useCases.map((u) => [u.id, u]));
  const cardsBefore = groupBy(before.scorecards, (c) => c.useCaseId);
  const cardsAfter = groupBy(after.scorecards, (c) => c.useCaseId);
  const overridesBefore = groupBy(before.overrides, (o) => o.useCaseId);
  const overridesAfter = groupBy(after.overrides, (o) => o.useCaseId);
  const auditIdsOf = (useCaseId: string): string[] => {
    const ids = new Set([useCaseId]);
    for (const c of [...(cardsBefore.get(useCaseId) ?? []), ...(cardsAfter.get(useCaseId) ?? [])])
      ids.add(c.id);
    for (const o of [
      ...(overridesBefore.get(useCaseId) ?? []),
      ...(overridesAfter.get(useCaseId) ?? []),
    ])
      ids.add(o.id);
    for (const u of [was.get(useCaseId), now.get(useCaseId)])
      for (const c of CRITERION_IDS) {
        const a = u?.scores[c].agreement;
        if (a) ids.add(a.decisionId);
      }
    return [...ids];
  };

  const diff: SnapshotDiff = {
    rankMoves: [],
    added: [],
    dropped: [],
    scoreChanges: [],
    weightChanges: [],
    settingChanges: [],
    overridesAdded: [],
    overridesEnded: [],
    quadrantChanges: [],
  };

  for (const u of after.useCases) {
    const old = was.get(u.id);
    const title = u.title;
    if (u.decidedRank !== null && (old === undefined || old.decidedRank === null)) {
      const kind = old === undefined ? 'new' : 'ranked';
      diff.added.push({ useCaseId: u.id, title, to: u.decidedRank, kind, auditIds: [u.id] });
    } else if (u.decidedRank === null && old === undefined) {
      diff.added.push({ useCaseId: u.id, title, to: null, kind: 'new', auditIds: [u.id] });
    }
    if (!old) continue;
    if (old.decidedRank !== null && u.decidedRank === null)
      diff.dropped.push({
        useCaseId: u.id,
        title,
        from: old.decidedRank,
        kind: 'unranked',
        auditIds: auditIdsOf(u.id),
      });
    if (old.decidedRank !== null && u.decidedRank !== null && old.decidedRank !== u.decidedRank)
      diff.rankMoves.push({
        useCaseId: u.id,
        title,
        from: old.decidedRank,
        to: u.decidedRank,
        computedFrom: old.rank,
        computedTo: u.rank,
        overallFrom: old.overall,
        overallTo: u.overall,
        auditIds: auditIdsOf(u.id),
      });
    if (old.quadrant !== null && u.quadrant !== null && old.quadrant !== u.quadrant)
      diff.quadrantChanges.push({
        useCaseId: u.id,
        title,
        from: old.quadrant,
        to: u.quadrant,
        auditIds: auditIdsOf(u.id),
      });
    for (const criterion of CRITERION_IDS) {
      const from = old.scores[criterion].value;
      const to = u.scores[criterion].value;
      if (from === to) continue;
      const agreement = agreementOf(u, criterion);
      const oldAgreement = agreementOf(old, criterion);
      const change: ScoreChange = {
        useCaseId: u.id,
        title,
        criterion,
        from,
        to,
        contributions: contributionsOf(
          criterion,
          cardsBefore.get(u.id) ?? [],
          cardsAfter.get(u.id) ?? [],
        ),
        agreement: agreement?.decisionId === oldAgreement?.decisionId ? null : agreement,
        agreementEnded:
          oldAgreement && oldAgreement.decisionId !== agreement?.decisionId ? oldAgreement : null,
        auditIds: auditIdsOf(u.id),
      };
      diff.scoreChanges.push(change);
    }
  }
  for (const old of before.useCases) {
    if (now.has(old.id)) continue;
    diff.dropped.push({
      useCaseId: old.id,
      title: old.title,
      from: old.decidedRank,
      kind: 'deleted',
      auditIds: auditIdsOf(old.id),
    });
  }
  diff.rankMoves.sort((a, b) => a.to - b.to);
  diff.added.sort((a, b) => (a.to ?? Infinity) - (b.to ?? Infinity));
  diff.dropped.sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity));

  for (const criterion of CRITERION_IDS) {
    const from = before.weights[criterion];
    const to = after.weights[criterion];
    if (from !== to)
      diff.weightChanges.push({ criterion, from, to, auditIds: [after.workspaceId] });
  }
  const settings: [SettingName, number | string, number | string][] = [
    ['thresholdValue', before.thresholds.value, after.thresholds.value],
    ['thresholdFeasibility', before.thresholds.feasibility, after.thresholds.feasibility],
    ['aggregation', before.aggregation, after.aggregation],
    ['topK', before.topK, after.topK],
  ];
  for (const [setting, from, to] of settings)
    if (from !== to)
      diff.settingChanges.push({
        setting,
        from,
        to,
        auditIds: [after.workspaceId],
      } satisfies SettingChange);

  const titleOf = (id: string) => now.get(id)?.title ?? was.get(id)?.title ?? '';
  const overrideChange = (o: DecisionSnapshot['overrides'][number]): OverrideChange => ({
    overrideId: o.id,
    useCaseId: o.useCaseId,
    title: titleOf(o.useCaseId),
    override: o,
    auditIds: [o.id, o.useCaseId],
  });
  const overrideIdsBefore = new Set(before.overrides.map((o) => o.id));
  const overrideIdsAfter = new Set(after.overrides.map((o) => o.id));
  diff.overridesAdded = after.overrides
    .filter((o) => !overrideIdsBefore.has(o.id))
    .map(overrideChange);
  diff.overridesEnded = before.overrides
    .filter((o) => !overrideIdsAfter.has(o.id))
    .map(overrideChange);
  return diff;
}

/** True when nothing at all changed. */
export function isEmptyDiff(diff: SnapshotDiff): boolean {
  return Object.values(diff).every((list: readonly unknown[]) => list.length === 0);
}

/**
 * The second ranking, from the first and the differences listed: dropped use cases leave,
 * moved and added ones take their new position, the others keep theirs. (Property-tested:
 * it gives back the second snapshot's ranking.)
 */
export function applyRankMoves(first: readonly string[], diff: SnapshotDiff): string[] {
  const dropped = new Set(diff.dropped.map((d) => d.useCaseId));
  const placed = new Map<number, string>();
  const moved = new Set<string>();
  for (const m of diff.rankMoves) {
    placed.set(m.to, m.useCaseId);
    moved.add(m.useCaseId);
  }
  for (const a of diff.added) if (a.to !== null) placed.set(a.to, a.useCaseId);
  first.forEach((id, index) => {
    if (!dropped.has(id) && !moved.has(id)) placed.set(index + 1, id);
  });
  return [...placed.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

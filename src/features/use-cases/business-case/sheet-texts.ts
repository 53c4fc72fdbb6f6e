import type { TFunction } from 'i18next';
import {
  clampText,
  linesNeeded,
  shareLines,
  type ClampLimits,
} from '../../../domain/business-case/clamp-text';
import { CRITERION_IDS } from '../../../domain/schema/criterion';
import type { Decision } from '../../../domain/schema/decision';
import type { Formatters } from '../../../ui/format';
import type { BusinessCaseView } from './business-case-view';

/** A text of the page that may be too long for its room. */
export interface SheetText {
  id: string;
  label: string;
  full: string;
  /** What the page shows (the whole text, or its beginning and "…"). */
  shown: string;
  clamped: boolean;
  /** The printed lines it may take (the CSS guard clamps there too). */
  lines: number;
}

/** At most this many divergences and decisions on the page; the others go to the appendix. */
export const LISTED = 2;

/** Room for "continued in the appendix" after a clamped text (it prints smaller). */
const RESERVE = 22;
const COLUMN: ClampLimits = { maxLines: 3, charsPerLine: 58, reserve: RESERVE };
const HALF: ClampLimits = { maxLines: 2, charsPerLine: 52, reserve: RESERVE };
/** The rationales column of the scores table: lines shared by the eight criteria. */
const RATIONALE_CHARS = 84;
const RATIONALE_LINES = 22;

function entry(id: string, label: string, full: string, limits: ClampLimits): SheetText {
  const { text, clamped } = clampText(full, limits);
  return { id, label, full, shown: text, clamped, lines: Math.max(1, limits.maxLines) };
}

/** One decision about the use case, as a line: what, who, when, why. */
export function describeDecision(d: Decision, t: TFunction, f: Formatters): string {
  const what =
    d.kind === 'override'
      ? t(`businessCase.overrideAction.${d.action}`, { position: d.position ?? '' })
      : d.kind === 'divergenceResolution'
        ? t('businessCase.agreedScore', {
            criterion: t(`criteria.${d.criterion}.label`),
            score: d.agreedScore,
          })
        : t(`businessCase.decisionKind.${d.kind}`);
  const withdrawn = d.withdrawnAt ? ` ${t('businessCase.withdrawn')}` : '';
  return t('businessCase.decisionLine', {
    what,
    author: d.author,
    at: f.dateTime(d.at),
    reason: d.reason,
    withdrawn,
  });
}

/**
 * The texts of one business case, each clamped to its room on the A4 page (SCORING-independent
 * layout budget): the appendix prints the full version of every clamped one.
 */
export function sheetTexts(view: BusinessCaseView, t: TFunction, f: Formatters): SheetText[] {
  const { useCase } = view;
  const none = t('common.none');
  const loop = useCase.humanLoop;
  const measure = useCase.successMeasure;
  const kpi = view.kpi(measure.kpiId);
  const texts: SheetText[] = [
    entry('title', t('fields.title'), useCase.title, {
      maxLines: 2,
      charsPerLine: 44,
      reserve: 18,
    }),
    entry('intention', t('businessCase.intention'), useCase.intention || none, COLUMN),
    entry(
      'anchors',
      t('businessCase.anchors'),
      view.anchors
        .map((a) => (a.workflow ? `${a.workflow.name} › ${a.step.name}` : a.step.name))
        .join('\n') || none,
      { ...COLUMN, maxLines: 4 },
    ),
    entry(
      'humanLoop',
      t('businessCase.humanLoop'),
      [
        loop.automationLevel ? t(`businessCase.automationLevel.${loop.automationLevel}`) : null,
        loop.exceptionOwner
          ? t('businessCase.exceptionOwner', { name: loop.exceptionOwner })
          : null,
        loop.howToPause ? t('businessCase.howToPause', { text: loop.howToPause }) : null,
      ]
        .filter(Boolean)
        .join('\n') || none,
      { ...COLUMN, maxLines: 7 },
    ),
    entry(
      'successMeasure',
      t('businessCase.successMeasure'),
      kpi || measure.baseline !== null || measure.target !== null
        ? t('businessCase.measureLine', {
            kpi: kpi ? `${kpi.name}${kpi.unit ? ` (${kpi.unit})` : ''}` : none,
            baseline: measure.baseline === null ? none : f.rawScore(measure.baseline),
            target: measure.target === null ? none : f.rawScore(measure.target),
            date: measure.reviewDate === null ? none : f.date(measure.reviewDate),
          })
        : none,
      { ...COLUMN, maxLines: 2 },
    ),
    entry(
      'kpiEffects',
      t('businessCase.kpiEffects'),
      useCase.kpiEffects
        .map((e) => t(`businessCase.effect.${e.effect}`, { kpi: view.kpi(e.kpiId)?.name ?? '?' }))
        .join(', ') || none,
      { ...COLUMN, maxLines: 3 },
    ),
    entry('compliance', t('businessCase.compliance'), useCase.complianceNote || none, {
      ...COLUMN,
      maxLines: 4,
    }),
  ];
  const rationales = CRITERION_IDS.map((criterion) => {
    const several = view.scorecards.length > 1;
    return view.scorecards
      .filter((c) => c.scores[criterion].rationale.trim() !== '')
      .map((c) => {
        const s = c.scores[criterion];
        return several
          ? `${view.participantName(c.participantId)} (${s.score ?? none}): ${s.rationale.trim()}`
          : s.rationale.trim();
      })
      .join('\n');
  });
  const shares = shareLines(
    rationales.map((r) => linesNeeded(r, RATIONALE_CHARS)),
    RATIONALE_LINES,
  );
  CRITERION_IDS.forEach((criterion, i) => {
    texts.push(
      entry(
        `rationale-${criterion}`,
        t('businessCase.rationaleOf', { criterion: t(`criteria.${criterion}.label`) }),
        rationales[i] ?? '',
        { maxLines: Math.max(1, shares[i] ?? 1), charsPerLine: RATIONALE_CHARS, reserve: RESERVE },
      ),
    );
  });
  view.divergences.forEach((d, i) => {
    const scores = d.scores
      .map((s) => `${view.participantName(s.participantId)} ${s.score}`)
      .join(', ');
    const resolution = d.resolutions.at(-1);
    const full = t(resolution ? 'businessCase.divergenceResolved' : 'businessCase.divergenceOpen', {
      criterion: t(`criteria.${d.criterion}.label`),
      spread: d.spread,
      scores,
      score: resolution?.agreedScore ?? '',
      reason: resolution?.reason ?? '',
    });
    texts.push(entry(`divergence-${i}`, t('businessCase.divergences'), full, HALF));
  });
  view.decisions.forEach((d, i) => {
    texts.push(
      entry(`decision-${i}`, t('businessCase.decisions'), describeDecision(d, t, f), HALF),
    );
  });
  return texts;
}

/** The texts the appendix must print in full: clamped ones, and list items beyond LISTED. */
export function appendixTexts(texts: readonly SheetText[]): SheetText[] {
  return texts.filter((x) => {
    const listed = /^(divergence|decision)-(\d+)$/.exec(x.id);
    return x.clamped || (listed !== null && Number(listed[2]) >= LISTED);
  });
}

import type { TFunction } from 'i18next';
import { clampText, linesNeeded, type ClampLimits } from '../../../domain/business-case/clamp-text';
import { CRITERION_IDS, criterionDefinition } from '../../../domain/schema/criterion';
import type { Decision } from '../../../domain/schema/decision';
import type { Formatters } from '../../../ui/format';
import type { BusinessCaseView } from './business-case-view';
import { FINANCE_OUTPUTS } from './finance-format';
import { listHeight, shareSheetLines, type LineNeed, type SheetFrame } from './sheet-layout';

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
/**
 * Prudent estimates of the characters of one printed line (8 pt in the text column, 7.5 pt in
 * the scores table, bold for a criterion's name), a little under what the printed demo texts
 * hold (about 68 and 85): too low and the page wastes lines it could print (the French demo then
 * needed an appendix). A text that wraps more than estimated still has the line more that
 * sheet-layout.ts gives a whole text when the page has room.
 */
const COLUMN_CHARS = 58;
const HALF_CHARS = 50;
const RATIONALE_CHARS = 80;
const CRITERION_CHARS = 30;
/** The title (13 pt bold, beside the score boxes) and the owner line, on one line each. */
const TITLE_CHARS = 38;
const META_CHARS = 64;
/** A money figure from this size on may wrap in its narrow column. */
const LARGE_FIGURE = 1_000_000;
/** The most lines a text of the column, a rationale or a list entry takes, room or not. */
const CAPS = {
  intention: 8,
  anchors: 6,
  humanLoop: 8,
  successMeasure: 3,
  kpiEffects: 4,
  compliance: 6,
  rationale: 8,
  listed: 2,
} as const;
const HALF: ClampLimits = { maxLines: CAPS.listed, charsPerLine: HALF_CHARS, reserve: RESERVE };

function entry(id: string, label: string, full: string, limits: ClampLimits): SheetText {
  const { text, clamped } = clampText(full, limits);
  return { id, label, full, shown: text, clamped, lines: Math.max(1, limits.maxLines) };
}

/** One decision about the use case, as a line: what, who, when, why. */
function describeDecision(d: Decision, t: TFunction, f: Formatters): string {
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

/** The texts of the column beside the charts, in the order they print. */
function columnTexts(view: BusinessCaseView, t: TFunction, f: Formatters) {
  const { useCase } = view;
  const none = t('common.none');
  const loop = useCase.humanLoop;
  const measure = useCase.successMeasure;
  const kpi = view.kpi(measure.kpiId);
  return [
    ['intention', t('businessCase.intention'), useCase.intention || none],
    [
      'anchors',
      t('businessCase.anchors'),
      view.anchors
        .map((a) => (a.workflow ? `${a.workflow.name} › ${a.step.name}` : a.step.name))
        .join('\n') || none,
    ],
    [
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
    ],
    [
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
    ],
    [
      'kpiEffects',
      t('businessCase.kpiEffects'),
      useCase.kpiEffects
        .map((e) => t(`businessCase.effect.${e.effect}`, { kpi: view.kpi(e.kpiId)?.name ?? '?' }))
        .join(', ') || none,
    ],
    ['compliance', t('businessCase.compliance'), useCase.complianceNote || none],
  ] as const;
}

/** Each criterion's rationales: one paragraph per rater (named when there are several). */
function rationaleTexts(view: BusinessCaseView, t: TFunction): string[] {
  const none = t('common.none');
  const several = view.scorecards.length > 1;
  return CRITERION_IDS.map((criterion) =>
    view.scorecards
      .filter((c) => c.scores[criterion].rationale.trim() !== '')
      .map((c) => {
        const s = c.scores[criterion];
        return several
          ? t('businessCase.raterRationale', {
              name: view.participantName(c.participantId),
              score: s.score ?? none,
              rationale: s.rationale.trim(),
            })
          : s.rationale.trim();
      })
      .join('\n'),
  );
}

/** The divergences (open or resolved) as lines. */
function divergenceTexts(view: BusinessCaseView, t: TFunction): string[] {
  return view.divergences.map((d) => {
    const scores = d.scores
      .map((s) => `${view.participantName(s.participantId)} ${s.score}`)
      .join(', ');
    const resolution = d.resolutions.at(-1);
    return t(resolution ? 'businessCase.divergenceResolved' : 'businessCase.divergenceOpen', {
      criterion: t(`criteria.${d.criterion}.label`),
      spread: d.spread,
      scores,
      score: resolution?.agreedScore ?? '',
      reason: resolution?.reason ?? '',
    });
  });
}

/** How the money figures print: short, large enough to wrap, or a reason instead of one. */
function moneyOf(view: BusinessCaseView): SheetFrame['money'] {
  const { finance } = view;
  if (!finance || FINANCE_OUTPUTS.some((output) => finance[output].value === null))
    return 'reasons';
  return FINANCE_OUTPUTS.some((output) => Math.abs(finance[output].value ?? 0) >= LARGE_FIGURE)
    ? 'large'
    : 'plain';
}

/** The height of a list half as printed: its first LISTED entries and the pointer to the rest. */
function listOf(texts: readonly string[]): number {
  return listHeight(
    texts.slice(0, LISTED).map((x) => Math.min(CAPS.listed, linesNeeded(x, HALF_CHARS))),
    texts.length > LISTED,
  );
}

/**
 * The texts of one business case, each clamped to the lines it gets on the A4 page: the page's
 * lines are shared between the column's texts and the rationales by what each needs
 * (sheet-layout.ts); the appendix prints the full version of every clamped one.
 */
export function sheetTexts(view: BusinessCaseView, t: TFunction, f: Formatters): SheetText[] {
  const column = columnTexts(view, t, f);
  const rationales = rationaleTexts(view, t);
  const divergences = divergenceTexts(view, t);
  const decisions = view.decisions.map((d) => describeDecision(d, t, f));
  const needs: LineNeed[] = [
    ...column.map(([id, , full]) => ({
      id,
      place: 'column' as const,
      need: linesNeeded(full, COLUMN_CHARS),
      cap: CAPS[id],
    })),
    ...CRITERION_IDS.map((criterion, i) => {
      // The row's name as printed: the criterion, and "(inverted)" after it when it is.
      const name = [
        t(`criteria.${criterion}.label`),
        criterionDefinition(criterion).direction === 'higherIsWorse'
          ? t('businessCase.inverted')
          : '',
      ]
        .join(' ')
        .trim();
      return {
        id: `rationale-${criterion}`,
        place: 'row' as const,
        need: rationales[i] ? linesNeeded(rationales[i], RATIONALE_CHARS) : 0,
        cap: CAPS.rationale,
        floor: linesNeeded(name, CRITERION_CHARS),
      };
    }),
  ];
  const lines = shareSheetLines(needs, {
    legendEntries: view.radar.series.length,
    contribution: view.ranked !== null,
    lists: Math.max(listOf(divergences), listOf(decisions)),
    titleLines: view.useCase.title.length <= TITLE_CHARS ? 1 : 2,
    metaLines:
      t('businessCase.ownerLine', { owner: view.useCase.owner || t('common.none') }).length +
        t(`scope.${view.useCase.scope}`).length +
        t(`status.${view.useCase.status}`).length +
        6 <=
      META_CHARS
        ? 1
        : 2,
    money: moneyOf(view),
  });
  const limits = (i: number, charsPerLine: number): ClampLimits => ({
    maxLines: Math.max(1, lines[i] ?? 1),
    charsPerLine,
    reserve: RESERVE,
  });
  return [
    entry('title', t('fields.title'), view.useCase.title, {
      maxLines: 2,
      charsPerLine: 44,
      reserve: 18,
    }),
    ...column.map(([id, label, full], i) => entry(id, label, full, limits(i, COLUMN_CHARS))),
    ...CRITERION_IDS.map((criterion, i) =>
      entry(
        `rationale-${criterion}`,
        t('businessCase.rationaleOf', { criterion: t(`criteria.${criterion}.label`) }),
        rationales[i] ?? '',
        limits(column.length + i, RATIONALE_CHARS),
      ),
    ),
    ...divergences.map((full, i) =>
      entry(`divergence-${i}`, t('businessCase.divergences'), full, HALF),
    ),
    ...decisions.map((full, i) => entry(`decision-${i}`, t('businessCase.decisions'), full, HALF)),
  ];
}

/** The texts the appendix must print in full: clamped ones, and list items beyond LISTED. */
export function appendixTexts(texts: readonly SheetText[]): SheetText[] {
  return texts.filter((x) => {
    const listed = /^(divergence|decision)-(\d+)$/.exec(x.id);
    return x.clamped || (listed !== null && Number(listed[2]) >= LISTED);
  });
}

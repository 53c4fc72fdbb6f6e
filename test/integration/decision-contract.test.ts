/**
 * Issue 13, point 2: one workspace, the same order and the same numbers on every surface. The
 * contract workspace (test/fixtures/decision-contract.ts, worked by hand in decision-contract.md)
 * is stored in the database; each surface is produced from it as the app produces it (the
 * exports through buildExport, as the export worker runs it), each file is READ BACK (CSV by
 * papaparse, XLSX unzipped, Markdown by its table, the JSON report parsed), and every one must agree with the hand-worked
 * figures and with decideWorkspace: one decimal, half away from zero, where a person reads;
 * full precision in the XLSX.
 */
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceRanking } from '../../src/data/use-ranking';
import { database } from '../../src/db/database';
import { readBusinessCaseRecords } from '../../src/db/repositories/business-case';
import { readDecisionInput } from '../../src/db/repositories/decision-input';
import { readRoadmap } from '../../src/db/repositories/roadmap';
import { insertWorkspaceBundle } from '../../src/db/repositories/workspace-bundles';
import {
  decideWorkspace,
  type WorkspaceDecision,
} from '../../src/domain/decision/decide-workspace';
import { roundForDisplay } from '../../src/domain/decision/round-for-display';
import type { JsonReport } from '../../src/domain/exchange/json-report';
import { explainScore } from '../../src/domain/explanation/explain-score';
import type { Language } from '../../src/domain/schema/common';
import { workspaceWeightsFromJudgments } from '../../src/domain/weights/ahp';
import { buildExport, type ExportKind } from '../../src/features/exchange/exporters';
import {
  buildBusinessCaseView,
  indexRecords,
} from '../../src/features/use-cases/business-case/business-case-view';
import { loadCatalogue } from '../../src/i18n/i18n';
import { makeFormatters } from '../../src/ui/format';
import {
  CONTRACT_DECIDED_ORDER,
  CONTRACT_EXPECTED,
  CONTRACT_INVOICE_FINANCE,
  CONTRACT_JUDGMENTS,
  CONTRACT_SUGGESTION,
  CONTRACT_WEIGHTS,
  contractWorkspaceBundle,
} from '../fixtures/decision-contract';
import { readCsv, readMarkdownTable, readNumber, readXlsx } from '../fixtures/read-exports';

const db = database();
let decision: WorkspaceDecision;

beforeAll(async () => {
  await insertWorkspaceBundle(db, contractWorkspaceBundle('en'));
  const input = await readDecisionInput(db, 'ws');
  if (!input) throw new Error('contract workspace not stored');
  decision = decideWorkspace(input);
});

afterAll(async () => {
  await db.delete();
});

const shown = CONTRACT_EXPECTED.map((r) => [r.title, r.overall, r.value, r.feasibility]);

async function exportOf(kind: ExportKind, language: Language): Promise<Blob> {
  const texts = i18next.createInstance();
  await texts.init({
    lng: language,
    resources: { [language]: { translation: await loadCatalogue(language) } },
    interpolation: { escapeValue: false },
  });
  const f = makeFormatters(language);
  const file = await buildExport(kind, 'ws', language, (key) => texts.t(key), {
    number: f.decimal,
    dateTime: f.dateTime,
  });
  return file.blob;
}

describe('the contract workspace, by hand and by decideWorkspace', () => {
  it('keeps the AHP weights of its pairwise answers at full precision', () => {
    const { weights } = workspaceWeightsFromJudgments(CONTRACT_JUDGMENTS);
    for (const [id, w] of Object.entries(CONTRACT_WEIGHTS))
      expect(weights[id as keyof typeof weights]).toBeCloseTo(w, 12);
    expect(decision.weights.strategicValue).toBe(16 / 9);
  });

  it('ranks the five scored use cases as worked by hand, ties and thresholds included', () => {
    expect(decision.ranked.map((r) => r.id)).toEqual(CONTRACT_EXPECTED.map((r) => r.id));
    for (const [i, r] of decision.ranked.entries()) {
      const want = CONTRACT_EXPECTED[i];
      expect(r.rank).toBe(want?.rank);
      expect(r.decidedRank).toBe(want?.decidedRank);
      expect(r.overall).toBeCloseTo(want?.exact.overall ?? NaN, 9);
      expect(r.value).toBeCloseTo(want?.exact.value ?? NaN, 9);
      expect(r.feasibility).toBeCloseTo(want?.exact.feasibility ?? NaN, 9);
      expect([r.overall, r.value, r.feasibility].map(roundForDisplay)).toEqual([
        want?.overall,
        want?.value,
        want?.feasibility,
      ]);
      // Exactly on a threshold (value 50 for the FAQ bot, feasibility 50 for supplier onboarding)
      // stays on the line.
      expect(r.quadrant).toBe(want?.quadrant);
    }
    expect(decision.decided.map((r) => r.id)).toEqual([...CONTRACT_DECIDED_ORDER]);
  });

  it('takes the median of three, the agreed score over it, and hides the blind round', () => {
    const invoice = decision.byId.get('uc-invoice');
    // 4, 4, 1: the median 4 (the mean would be 3).
    expect(invoice?.scores.financialPotential).toMatchObject({
      value: 4,
      source: 'median',
      raters: 3,
    });
    const supplier = decision.byId.get('uc-supplier');
    expect(supplier?.scores.strategicValue).toMatchObject({
      value: 4,
      source: 'agreed',
      raters: 3,
    });
    expect(supplier?.scores.strategicValue.agreement?.note).toBe(
      'Board confirmed the supplier backlog',
    );
    expect(decision.byId.get('uc-faq')?.scores.strategicValue.source).toBe('single');
    expect(decision.toScore.map((u) => [u.id, u.missing])).toEqual([
      ['uc-churn', ['customerImpact', 'strategicAlignment']],
    ]);
    const pricing = decision.awaitingReveal[0];
    expect(pricing?.id).toBe('uc-pricing');
    expect([pricing?.raters, decision.participantCount]).toEqual([2, 3]);
    expect(Object.values(pricing?.scores ?? {}).every((s) => s.value === null)).toBe(true);
  });

  it("explains a score with the decision's figures", () => {
    const why = explainScore(decision, 'uc-supplier');
    expect(why && [why.rank, why.above?.id, why.below?.id]).toEqual([2, 'uc-invoice', 'uc-faq']);
    // 25 × 2/9 × (4 − 3) = 5.555… points for the agreed strategic value.
    const agreed = why?.contributions.find((c) => c.criterion === 'strategicValue');
    expect(agreed?.points).toBeCloseTo(50 / 9, 9);
    expect(50 + (why?.contributions.reduce((s, c) => s + c.points, 0) ?? 0)).toBeCloseTo(
      500 / 9,
      9,
    );
  });
});

describe('every surface gives the same order and numbers', () => {
  it('the business case: scores, rank, yearly benefit, payback, ROI; incomplete and blind ones say so', async () => {
    const input = await readDecisionInput(db, 'ws');
    if (!input) throw new Error('no input');
    const data: WorkspaceRanking = {
      workspace: input.workspace,
      useCases: input.useCases,
      useCasesById: new Map(input.useCases.map((u) => [u.id, u])),
      input,
      decision: decideWorkspace(input),
    };
    const index = indexRecords(await readBusinessCaseRecords(db, 'ws'));
    const view = (id: string) => buildBusinessCaseView(data, index, data.useCasesById.get(id)!);
    for (const want of CONTRACT_EXPECTED) {
      const r = view(want.id).ranked;
      expect([
        r?.rank,
        ...[r?.overall, r?.value, r?.feasibility].map((n) => roundForDisplay(n ?? NaN)),
      ]).toEqual([want.rank, want.overall, want.value, want.feasibility]);
    }
    expect(view('uc-supplier').values.strategicValue).toBe(4);
    const finance = view('uc-invoice').ranked?.finance;
    expect(finance?.yearlyBenefit.value).toBeCloseTo(CONTRACT_INVOICE_FINANCE.yearlyBenefit, 9);
    expect(finance?.yearlyNet.value).toBeCloseTo(CONTRACT_INVOICE_FINANCE.yearlyNet, 9);
    expect(roundForDisplay(finance?.paybackMonths.value ?? NaN)).toBe(
      CONTRACT_INVOICE_FINANCE.paybackMonths,
    );
    expect(finance?.threeYearRoi.value).toBeCloseTo(CONTRACT_INVOICE_FINANCE.threeYearRoi, 9);
    const expense = view('uc-expense').ranked?.finance.yearlyBenefit;
    expect(expense).toMatchObject({ value: null, needs: ['hourlyCost'] });
    expect(view('uc-pricing')).toMatchObject({
      ranked: null,
      awaitingReveal: { scored: 2, of: 3 },
      scorecards: [],
      divergences: [],
    });
  });

  it('the roadmap suggestion', async () => {
    const state = await readRoadmap(db, 'ws');
    const ids = (list: readonly { useCaseId: string }[] | undefined) =>
      (list ?? []).map((p) => p.useCaseId);
    const waves = Object.fromEntries(
      (state?.suggestion.waves ?? []).map((w) => [w.waveId, ids(w.placements)]),
    );
    expect(waves).toEqual(CONTRACT_SUGGESTION.waves);
    expect(ids(state?.suggestion.backlog)).toEqual(CONTRACT_SUGGESTION.backlog);
    expect(ids(state?.suggestion.out)).toEqual(CONTRACT_SUGGESTION.out);
    // Supplier onboarding overflows Now (capacity 1) into Next, ahead of the FAQ bot by rank.
    expect(state?.suggestion.waves[1]?.placements.map((p) => p.reason)).toEqual([
      'overflow',
      'externalQuickWin',
    ]);
  });

  for (const language of ['en', 'fr'] as const) {
    it(`the ranked-list CSV (${language}), read back`, async () => {
      const rows = readCsv(await (await exportOf('rankedCsv', language)).text(), language);
      const body = rows.slice(1);
      expect(body.map((r) => Number(r[0]))).toEqual(CONTRACT_EXPECTED.map((r) => r.rank));
      expect(
        body.map((r) => [r[1], ...r.slice(2, 5).map((c) => readNumber(c ?? '', language))]),
      ).toEqual(shown);
      // The effective scores too: Supplier onboarding's agreed 4, Contract review's median 3.5.
      expect(readNumber(body[1]?.[9] ?? '', language)).toBe(4);
      expect(readNumber(body[4]?.[9] ?? '', language)).toBe(3.5);
      if (language === 'fr') expect(body[0]?.[2]).toBe('77,8');
      // Neither the blind round nor the use case to score is listed.
      expect(body.map((r) => r[1])).not.toContain('Pricing copilot');
      expect(body.map((r) => r[1])).not.toContain('Churn early warning');
    });

    it(`the Markdown report (${language}), read back`, async () => {
      const texts = await loadCatalogue(language);
      const heading = (texts.exchange as { report: { ranking: string } }).report.ranking;
      const text = await (await exportOf('markdown', language)).text();
      const table = readMarkdownTable(text, heading).slice(1);
      expect(
        table.map((r) => [r[1], ...r.slice(2, 5).map((c) => readNumber(c ?? '', language))]),
      ).toEqual(shown);
      expect(table.map((r) => Number(r[0]))).toEqual(CONTRACT_EXPECTED.map((r) => r.rank));
      expect(text).not.toContain('Pricing copilot');
    });
  }

  for (const language of ['en', 'fr'] as const) {
    it(`the JSON report (${language}), read back: decided order, figures, blind round, overrides`, async () => {
      const report = JSON.parse(
        await (await exportOf('jsonReport', language)).text(),
      ) as JsonReport;
      expect([report.format, report.version]).toEqual(['clarte-decision-report', 1]);
      expect(report.settings).toMatchObject({
        thresholds: { value: 50, feasibility: 50 },
        aggregation: 'median',
        blindScoring: true,
        topK: 3,
        participants: 3,
      });
      expect(report.settings.weights.strategicValue).toBe(16 / 9);
      // The decided order (A, D, B, C, E), then the use case to score, then the blind round.
      expect(report.useCases.map((u) => u.id)).toEqual([
        ...CONTRACT_DECIDED_ORDER,
        'uc-churn',
        'uc-pricing',
      ]);
      for (const want of CONTRACT_EXPECTED) {
        const got = report.useCases.find((u) => u.id === want.id);
        expect(got).toMatchObject({
          standing: 'ranked',
          rank: want.rank,
          decidedRank: want.decidedRank,
          quadrant: want.quadrant,
        });
        expect(got?.overall).toBeCloseTo(want.exact.overall, 9);
        expect(got?.value).toBeCloseTo(want.exact.value, 9);
        expect(got?.feasibility).toBeCloseTo(want.exact.feasibility, 9);
        // Full precision: the decision's own numbers.
        expect(got?.overall).toBe(decision.byId.get(want.id)?.overall);
      }
      const byId = new Map(report.useCases.map((u) => [u.id, u]));
      expect(byId.get('uc-supplier')?.scores?.strategicValue).toEqual({
        value: 4,
        source: 'agreed',
        raters: 3,
        agreedNote: 'Board confirmed the supplier backlog',
      });
      expect(byId.get('uc-invoice')?.scores?.financialPotential).toMatchObject({
        value: 4,
        source: 'median',
      });
      expect(byId.get('uc-invoice')?.yearlyBenefit).toEqual({ value: 25600, currency: 'EUR' });
      expect(byId.get('uc-invoice')?.clarity).toMatchObject({ filled: 7, of: 7, clear: true });
      expect(byId.get('uc-expense')?.yearlyBenefit).toMatchObject({
        value: null,
        unavailable: 'incomplete',
        needs: ['hourlyCost'],
      });
      expect(byId.get('uc-contract')?.overrides).toMatchObject([
        { id: 'ov-contract', action: 'setPosition', position: 2 },
      ]);
      expect(byId.get('uc-churn')).toMatchObject({
        standing: 'toScore',
        rank: null,
        missing: ['customerImpact', 'strategicAlignment'],
      });
      // Blind round: 2 of 3 scored, and not one score of it in the file.
      expect(byId.get('uc-pricing')).toMatchObject({
        standing: 'awaitingReveal',
        rank: null,
        overall: null,
        value: null,
        feasibility: null,
        quadrant: null,
        scores: null,
        awaitingReveal: { scored: 2, of: 3 },
      });
    });
  }

  it('the XLSX, unzipped and read back: the same order, at full precision', async () => {
    const bytes = new Uint8Array(await (await exportOf('xlsx', 'en')).arrayBuffer());
    const sheets = readXlsx(bytes);
    const ranking = sheets.get('Ranked list') ?? sheets.get('Ranking');
    expect(ranking, `sheets: ${[...sheets.keys()].join(', ')}`).toBeDefined();
    const body = (ranking ?? []).slice(1);
    expect(body.map((r) => [r[0], r[1]])).toEqual(CONTRACT_EXPECTED.map((r) => [r.rank, r.title]));
    for (const [i, want] of CONTRACT_EXPECTED.entries()) {
      const [overall, value, feasibility] = (body[i] ?? []).slice(2, 5) as number[];
      expect(overall).toBeCloseTo(want.exact.overall, 9);
      expect(value).toBeCloseTo(want.exact.value, 9);
      expect(feasibility).toBeCloseTo(want.exact.feasibility, 9);
      // Full precision, not the rounded figure: 700/9 is not 77.8.
      expect(overall).toBe(decision.ranked[i]?.overall);
    }
  });
});

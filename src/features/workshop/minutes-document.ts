import type { TFunction } from 'i18next';
import type { Minutes, NextStep } from '../../domain/workshop/minutes';
import type { Formatters } from '../../ui/format';
import { clock } from './time-text';

/** A section of the minutes: its title, then lines or a table (header row first). */
export interface MinutesSection {
  id: string;
  title: string;
  lines?: string[];
  table?: string[][];
  /** Said when the section has nothing. */
  empty: string;
}

export interface MinutesDocument {
  title: string;
  meta: string[];
  sections: MinutesSection[];
}

function nextText(next: NextStep, t: TFunction): string {
  switch (next.kind) {
    case 'start':
      return t('workshop.minutes.next.start', { wave: next.wave });
    case 'clarify':
      return t('workshop.minutes.next.clarify', { count: next.missing });
    case 'plan':
      return t('workshop.minutes.next.plan');
  }
}

/**
 * The minutes worded in the UI language, one source for the screen, the Markdown file and the
 * print. Figures are the decision function's, rounded for display by the app's formatters only.
 */
export function minutesDocument(m: Minutes, t: TFunction, f: Formatters): MinutesDocument {
  const none = t('workshop.minutes.noOwner');
  const owner = (name: string) => name.trim() || none;
  return {
    title: t('workshop.minutes.title', { workspace: m.workspaceName }),
    meta: [
      t('workshop.minutes.date', {
        start: f.dateTime(m.startedAt),
        end: m.endedAt ? f.dateTime(m.endedAt) : t('workshop.minutes.notEnded'),
      }),
      t('workshop.minutes.participants', {
        names: m.participants.length ? f.list(m.participants) : none,
      }),
    ],
    sections: [
      {
        id: 'time',
        title: t('workshop.minutes.time'),
        table: [
          [t('workshop.columns.step'), t('workshop.minutes.planned'), t('workshop.columns.spent')],
          ...m.steps.map((s) => [
            t(`workshop.steps.${s.step}`),
            clock(s.plannedMinutes * 60),
            clock(s.spentSeconds),
          ]),
        ],
        empty: '',
      },
      {
        id: 'agreed',
        title: t('workshop.minutes.agreedScores'),
        lines: m.agreedScores.map((a) =>
          t('workshop.minutes.agreedLine', {
            title: a.useCaseTitle,
            criterion: t(`criteria.${a.criterion}.label`),
            score: a.score,
            note: a.note,
            author: a.author,
            at: f.dateTime(a.at),
          }),
        ),
        empty: t('workshop.minutes.none'),
      },
      {
        id: 'overrides',
        title: t('workshop.minutes.overrides'),
        lines: m.overrides.map((o) =>
          t('workshop.minutes.overrideLine', {
            title: o.useCaseTitle,
            what: t(`workshop.minutes.action.${o.action}`, {
              position: o.position ?? '',
              wave: o.waveName ?? '',
            }),
            rank: o.computedRank ?? '—',
            reason: o.reason,
            author: o.author,
            owner: owner(o.owner),
            at: f.dateTime(o.at),
          }),
        ),
        empty: t('workshop.minutes.none'),
      },
      {
        id: 'arbitrations',
        title: t('workshop.minutes.arbitrations'),
        lines: m.arbitrations.map((a) =>
          t('workshop.minutes.arbitrationLine', {
            titles: f.list(a.useCaseTitles),
            decision: a.decision,
            reason: a.reason,
            author: a.author,
            at: f.dateTime(a.at),
          }),
        ),
        empty: t('workshop.minutes.none'),
      },
      {
        id: 'top',
        title: t('workshop.minutes.top', { count: m.top.length }),
        table: [
          [
            t('workshop.minutes.position'),
            t('workshop.minutes.useCase'),
            t('workshop.minutes.overall'),
            t('workshop.minutes.quadrant'),
            t('workshop.parking.owner'),
            t('workshop.minutes.nextStep'),
          ],
          ...m.top.map((u) => [
            u.decidedRank === u.rank
              ? f.integer(u.decidedRank)
              : t('workshop.minutes.moved', { decided: u.decidedRank, rank: u.rank }),
            u.title,
            f.score(u.overall),
            t(`quadrant.${u.quadrant}`),
            owner(u.owner),
            nextText(u.next, t),
          ]),
        ],
        empty: t('workshop.minutes.none'),
      },
      {
        id: 'wave',
        title: m.firstWave
          ? t('workshop.minutes.firstWave', { wave: m.firstWave.name })
          : t('workshop.minutes.firstWaveNone'),
        lines: (m.firstWave?.useCases ?? []).map((u) =>
          t('workshop.minutes.withOwner', { title: u.title, owner: owner(u.owner) }),
        ),
        empty: t('workshop.minutes.none'),
      },
      {
        id: 'exceptions',
        title: t('workshop.minutes.exceptions'),
        lines: m.openExceptions.map((e) =>
          t('workshop.minutes.exceptionLine', {
            kind: t(`exceptions.kind.${e.kind}`),
            titles: f.list(e.useCaseTitles),
            owner: owner(e.owner),
          }),
        ),
        empty: t('workshop.minutes.none'),
      },
      {
        id: 'parking',
        title: t('workshop.parking.title'),
        lines: m.parkingLot.map((p) =>
          t(p.dealtWith ? 'workshop.minutes.parkedDone' : 'workshop.minutes.parked', {
            text: p.text,
            owner: owner(p.owner),
          }),
        ),
        empty: t('workshop.minutes.none'),
      },
    ],
  };
}

/** Text safe inside Markdown: no line breaks, no table pipes, no leading markup. */
function md(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]|<>#])/g, '\\$1')
    .trim();
}

/** The minutes as a Markdown file. */
export function minutesMarkdown(doc: MinutesDocument): string {
  const out = [`# ${md(doc.title)}`, '', ...doc.meta.map((line) => `${md(line)}  `), ''];
  for (const section of doc.sections) {
    out.push(`## ${md(section.title)}`, '');
    if (section.table) {
      const [head = [], ...rows] = section.table;
      if (rows.length === 0) out.push(md(section.empty));
      else {
        out.push(`| ${head.map(md).join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`);
        for (const row of rows) out.push(`| ${row.map(md).join(' | ')} |`);
      }
    } else if (section.lines?.length) {
      for (const line of section.lines) out.push(`- ${md(line)}`);
    } else out.push(md(section.empty));
    out.push('');
  }
  return out.join('\n');
}

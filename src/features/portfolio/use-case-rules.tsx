import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table';
import { FilterSearch } from '../../ui/filter-search';
import type { PortfolioSettings } from '../../db/repositories/portfolios';
import { DEFAULT_PEOPLE } from '../../domain/portfolio/portfolio-instance';
import { useFormatters } from '../../ui/format';
import { NumberInput } from '../../ui/number-field';
import { Pager, usePage } from '../../ui/pager';
import table from '../../ui/report-table.module.css';
import ui from '../../ui/ui.module.css';
import styles from './portfolio.module.css';

export interface RuleRow {
  id: string;
  title: string;
  rank: number | null;
  oneOff: number | null;
  yearly: number | null;
}

export type Rules = Pick<PortfolioSettings, 'peopleNeeded' | 'dependencies' | 'mustIn' | 'mustOut'>;

const RULES = ['free', 'mustIn', 'mustOut'] as const;
type Rule = (typeof RULES)[number];

const PAGE = 25;

interface UseCaseRulesProps {
  rows: readonly RuleRow[];
  rules: Rules;
  onChange: (rules: Rules) => void;
}

/** Per use case: the people it needs, must be in or out, and the one it needs (dependency). */
export function UseCaseRules({ rows, rules, onChange }: UseCaseRulesProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const paging = usePage(rows, PAGE);
  const people = new Map(rules.peopleNeeded.map((p) => [p.useCaseId, p.people]));
  const needs = new Map(rules.dependencies.map((d) => [d.useCaseId, d.needsId]));
  const ruleOf = (id: string): Rule =>
    rules.mustIn.includes(id) ? 'mustIn' : rules.mustOut.includes(id) ? 'mustOut' : 'free';
  const setPeople = (id: string, n: number | null) =>
    onChange({
      ...rules,
      peopleNeeded: [
        ...rules.peopleNeeded.filter((p) => p.useCaseId !== id),
        ...(n === null ? [] : [{ useCaseId: id, people: Math.max(0, n) }]),
      ],
    });
  const setRule = (id: string, rule: Rule) =>
    onChange({
      ...rules,
      mustIn: [...rules.mustIn.filter((x) => x !== id), ...(rule === 'mustIn' ? [id] : [])],
      mustOut: [...rules.mustOut.filter((x) => x !== id), ...(rule === 'mustOut' ? [id] : [])],
    });
  const setNeeds = (id: string, needsId: string) =>
    onChange({
      ...rules,
      dependencies: [
        ...rules.dependencies.filter((d) => d.useCaseId !== id),
        ...(needsId ? [{ useCaseId: id, needsId }] : []),
      ],
    });
  const money = (n: number | null) => (n === null ? '—' : f.integer(n));
  return (
    <section>
      <h2 id="portfolio-rules">{t('portfolio.rules.title')}</h2>
      <p>{t('portfolio.rules.lead')}</p>
      <DataTable
        scroll={t('portfolio.rules.title')}
        rows={paging.items}
        rowKey={(row) => row.id}
        columns={[
          { label: t('portfolio.rules.rank'), cell: (row) => row.rank ?? '—' },
          { label: t('portfolio.rules.useCase'), cell: (row) => row.title },
          {
            label: t('portfolio.rules.oneOff'),
            number: table.number,
            cell: (r) => money(r.oneOff),
          },
          {
            label: t('portfolio.rules.yearly'),
            number: table.number,
            cell: (r) => money(r.yearly),
          },
          {
            label: t('portfolio.rules.peopleColumn'),
            cellClassName: styles.compact,
            cell: (row) => (
              <NumberInput
                label={t('portfolio.rules.people', { title: row.title })}
                value={people.get(row.id) ?? DEFAULT_PEOPLE}
                onChange={(n) => setPeople(row.id, n)}
                minValue={0}
              />
            ),
          },
          {
            label: t('portfolio.rules.rule'),
            cell: (row) => (
              <select
                className={ui.input}
                aria-label={t('portfolio.rules.ruleOf', { title: row.title })}
                value={ruleOf(row.id)}
                onChange={(e) => setRule(row.id, RULES.find((r) => r === e.target.value) ?? 'free')}
              >
                {RULES.map((r) => (
                  <option key={r} value={r}>
                    {t(`portfolio.rules.${r}`)}
                  </option>
                ))}
              </select>
            ),
          },
          {
            label: t('portfolio.rules.needs'),
            cell: (row) => (
              <FilterSearch
                label={t('portfolio.rules.needsOf', { title: row.title })}
                labelHidden
                anyLabel={t('portfolio.rules.none')}
                value={needs.get(row.id) ?? ''}
                onChange={(needsId) => setNeeds(row.id, needsId)}
                options={rows}
                exclude={row.id}
                noneMatch={t('portfolio.rules.needsNoneMatch')}
                more={(count) => t('portfolio.rules.needsMore', { count })}
              />
            ),
          },
        ]}
      />
      <Pager paging={paging} label={t('portfolio.rules.pager')} />
    </section>
  );
}

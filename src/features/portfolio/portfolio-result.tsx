import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../ui/table-scroll';
import type { PortfolioInstance } from '../../domain/portfolio/portfolio-instance';
import type { PortfolioPick, PortfolioResult } from '../../domain/portfolio/solve-portfolio';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { Pager, usePage } from '../../ui/pager';
import table from '../../ui/report-table.module.css';
import { FrontierChart } from './frontier-chart';
import { reasonText } from './portfolio-texts';
import styles from './portfolio.module.css';
import { ColumnHeads } from '../../ui/column-heads';

interface Props {
  result: PortfolioResult;
  instance: PortfolioInstance;
  title: (id: string) => string;
  /** The objective's figure, formatted (a score or an amount). */
  figure: (n: number) => string;
}

function PickCard({
  heading,
  pick,
  instance,
  figure,
  testId,
}: {
  heading: string;
  pick: PortfolioPick;
  instance: PortfolioInstance;
  figure: (n: number) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const used = (
    key: 'oneOff' | 'yearly' | 'people',
    amount: string,
    limit: number | null,
    n = 0,
  ) =>
    limit === null
      ? t(`portfolio.used.${key}Free`, { used: amount, n })
      : t(`portfolio.used.${key}`, { used: amount, limit: f.integer(limit), n });
  return (
    <Card>
      <h3>{heading}</h3>
      <p className={styles.total} data-testid={testId}>
        {t('portfolio.total', { total: figure(pick.total) })}
      </p>
      <p>{t('portfolio.count', { count: pick.chosen.length })}</p>
      <ul>
        <li>{used('oneOff', f.integer(pick.use.oneOff), instance.oneOffBudget)}</li>
        <li>{used('yearly', f.integer(pick.use.yearly), instance.yearlyBudget)}</li>
        {instance.wavePeople.map((people, w) => (
          <li key={w}>{used('people', f.decimal(pick.use.people[w] ?? 0), people, w + 1)}</li>
        ))}
      </ul>
    </Card>
  );
}

/** The best set next to the greedy pick, what the difference is worth, why in or out, the frontier. */
export function PortfolioResultView({ result, instance, title, figure }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const reasons = new Map(result.reasons.map((r) => [r.id, r]));
  const value = new Map(instance.items.map((i) => [i.id, i.value]));
  const why = (id: string) => {
    const reason = reasons.get(id);
    return reason ? reasonText(t, f, reason, title, (x) => figure(value.get(x) ?? 0)) : '';
  };
  const out = result.reasons.filter((r) => !r.chosen);
  const paging = usePage(out, 25);
  if (result.status === 'infeasible') return <p role="alert">{t('portfolio.infeasible')}</p>;
  if (!result.optimum) return null;
  const list = (ids: readonly string[]) => f.list(ids.map(title));
  return (
    <>
      <div className={styles.compare}>
        {[
          { heading: 'portfolio.best', pick: result.optimum, testId: 'best-total' },
          { heading: 'portfolio.greedy', pick: result.greedy, testId: 'greedy-total' },
        ].map((card) => (
          <PickCard
            key={card.testId}
            heading={t(card.heading)}
            pick={card.pick}
            instance={instance}
            figure={figure}
            testId={card.testId}
          />
        ))}
      </div>
      <div aria-live="polite">
        <p className={styles.difference} data-testid="portfolio-difference">
          {!result.greedy.feasible
            ? t('portfolio.greedyStuck')
            : result.difference !== null && result.difference > 0
              ? t('portfolio.difference', { difference: figure(result.difference) })
              : t('portfolio.same')}
        </p>
        {result.onlyOptimum.length > 0 ? (
          <p>{t('portfolio.onlyBest', { list: list(result.onlyOptimum) })}</p>
        ) : null}
        {result.onlyGreedy.length > 0 ? (
          <p>{t('portfolio.onlyGreedy', { list: list(result.onlyGreedy) })}</p>
        ) : null}
      </div>
      <Card>
        <h2>{t('portfolio.chosenTitle')}</h2>
        <TableScroll label={t('portfolio.chosenTitle')}>
          <table className={table.table} data-testid="chosen-table">
            <ColumnHeads
              columns={[
                t('portfolio.rules.useCase'),
                { label: t('portfolio.wave'), className: table.number },
                t('portfolio.why'),
              ]}
            />
            <tbody>
              {result.optimum.chosen.map((c) => (
                <tr key={c.useCaseId}>
                  <td>{title(c.useCaseId)}</td>
                  <td className={table.number}>{c.wave + 1}</td>
                  <td>{why(c.useCaseId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>
      <Card>
        <h2>{t('portfolio.outTitle')}</h2>
        <TableScroll label={t('portfolio.outTitle')}>
          <table className={table.table} data-testid="out-table">
            <ColumnHeads columns={[t('portfolio.rules.useCase'), t('portfolio.why')]} />
            <tbody>
              {paging.items.map((r) => (
                <tr key={r.id}>
                  <td>{title(r.id)}</td>
                  <td>{why(r.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <Pager paging={paging} label={t('portfolio.outTitle')} />
      </Card>
      <FrontierChart result={result} figure={figure} />
    </>
  );
}

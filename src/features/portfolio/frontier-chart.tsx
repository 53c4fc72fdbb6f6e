import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PortfolioResult } from '../../domain/portfolio/solve-portfolio';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';

interface FrontierChartProps {
  result: PortfolioResult;
  figure: (n: number) => string;
}

/** The best total for budgets from 0 to twice the current one, and what the next 10 % buys. */
export function FrontierChart({ result, figure }: FrontierChartProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { frontier, frontierBudget } = result;
  if (!frontierBudget || frontier.length < 2)
    return (
      <Card>
        <h2>{t('portfolio.frontier.title')}</h2>
        <p>{t('portfolio.frontier.none')}</p>
      </Card>
    );
  const current = frontier.find((p) => Math.abs(p.share - 1) < 1e-9);
  const next = frontier.find((p) => Math.abs(p.share - 1.1) < 1e-9);
  const gain = current?.total != null && next?.total != null ? next.total - current.total : null;
  const data = frontier.map((p) => ({ budget: p.budget, total: p.total }));
  return (
    <Card>
      <h2>{t('portfolio.frontier.title')}</h2>
      <p>{t('portfolio.frontier.lead', { budget: t(`portfolio.frontier.${frontierBudget}`) })}</p>
      <p data-testid="frontier-next">
        {gain !== null && gain > 0 && next
          ? t('portfolio.frontier.next', { budget: f.integer(next.budget), gain: figure(gain) })
          : t('portfolio.frontier.nothingMore')}
      </p>
      <figure
        role="img"
        aria-label={t('portfolio.frontier.chart')}
        style={{ margin: 0 }}
        data-testid="frontier-chart"
      >
        <ResponsiveContainer
          width="100%"
          height={300}
          initialDimension={{ width: 720, height: 300 }}
        >
          <LineChart data={data} margin={{ top: 8, right: 24, bottom: 24, left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="budget"
              type="number"
              domain={[0, 'dataMax']}
              tickFormatter={(v: number) => f.integer(v)}
              label={{
                value: t('portfolio.frontier.budgetAxis'),
                position: 'insideBottom',
                offset: -12,
              }}
            />
            <YAxis tickFormatter={(v: number) => figure(v)} width={80} />
            <Tooltip
              formatter={(v) => figure(Number(v))}
              labelFormatter={(v) => f.integer(Number(v))}
            />
            {current ? (
              <ReferenceLine
                x={current.budget}
                stroke="#b45309"
                label={t('portfolio.frontier.current')}
              />
            ) : null}
            <Line
              type="stepAfter"
              dataKey="total"
              name={t('portfolio.frontier.totalAxis')}
              stroke="#1d4ed8"
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </Card>
  );
}

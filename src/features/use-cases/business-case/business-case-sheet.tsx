import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { CLARITY_ITEMS } from '../../../domain/qualification/clarity';
import { CRITERIA } from '../../../domain/schema/criterion';
import { useFormatters } from '../../../ui/format';
import { QuadrantBadge } from '../../../ui/quadrant-badge';
import type { BusinessCaseView } from './business-case-view';
import { SheetCharts } from './sheet-charts';
import { FinancialFigures } from './financial-figures';
import { TEXT_SECTIONS } from './sheet-layout';
import { appendixTexts, LISTED, sheetTexts, type SheetText } from './sheet-texts';
import styles from './business-case.module.css';
import { DataTable } from '../../../ui/data-table';

/** A text clamped to its room, saying so when it continues in the appendix. */
function Clamped({ text }: { text: SheetText | undefined }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <p className={styles.clamp} style={{ '--lines': text.lines } as CSSProperties}>
      {text.shown}
      {text.clamped ? <span className={styles.more}> {t('businessCase.continued')}</span> : null}
    </p>
  );
}

/**
 * The texts of one kind (the divergences, the decisions) under their title: the first LISTED on
 * the page, how many more the appendix holds, or a line saying there is none.
 */
function ListedTexts({
  texts,
  prefix,
  title,
  none,
}: {
  texts: readonly SheetText[];
  prefix: string;
  /** Text keys of the title and of the line shown when there is none. */
  title: string;
  none: string;
}) {
  const { t } = useTranslation();
  const all = texts.filter((x) => x.id.startsWith(prefix));
  const more = Math.max(0, all.length - LISTED);
  return (
    <section>
      <h3>{t(title)}</h3>
      {all.length === 0 ? <p>{t(none)}</p> : null}
      {all.slice(0, LISTED).map((x) => (
        <Clamped key={x.id} text={x} />
      ))}
      {more > 0 ? (
        <p className={styles.more}>{t('businessCase.moreInAppendix', { count: more })}</p>
      ) : null}
    </section>
  );
}

/** One use case as one A4 page (and its appendix when a text is too long for the page). */
export function BusinessCasePages({
  view,
  printedOn,
}: {
  view: BusinessCaseView;
  printedOn: string;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const texts = sheetTexts(view, t, f);
  const byId = new Map(texts.map((x) => [x.id, x]));
  const appendix = appendixTexts(texts);
  const { useCase, ranked } = view;
  const none = t('common.none');

  return (
    <>
      <article className={`${styles.page} ${styles.sheet}`} data-testid="business-case-page">
        <header className={styles.sheetHeader}>
          <div>
            <h2 className={styles.sheetTitle}>
              {byId.get('title')?.shown}
              {byId.get('title')?.clamped ? (
                <span className={styles.more}> {t('businessCase.continued')}</span>
              ) : null}
            </h2>
            <p className={styles.meta}>
              {t('businessCase.ownerLine', { owner: useCase.owner || none })} ·{' '}
              {t(`scope.${useCase.scope}`)} · {t(`status.${useCase.status}`)}
            </p>
          </div>
          <div className={styles.scoreBoxes}>
            {ranked ? (
              <>
                <span className={styles.scoreBox}>
                  {t('ranking.overall')} <strong>{f.score(ranked.overall)}</strong>
                </span>
                <span className={styles.scoreBox}>
                  {t('ranking.value')} <strong>{f.score(ranked.value)}</strong>
                </span>
                <span className={styles.scoreBox}>
                  {t('ranking.feasibility')} <strong>{f.score(ranked.feasibility)}</strong>
                </span>
                <span className={styles.rankLine}>
                  {t('businessCase.rank', { rank: ranked.rank, total: view.rankedCount })}{' '}
                  <QuadrantBadge quadrant={ranked.quadrant} />
                </span>
              </>
            ) : view.awaitingReveal ? (
              <span className={styles.rankLine}>
                {t('decision.awaitingRevealSheet', view.awaitingReveal)}
              </span>
            ) : (
              <span className={styles.rankLine}>
                {t('businessCase.toScore', {
                  criteria: f.list(view.missing.map((c) => t(`criteria.${c}.label`))),
                })}
              </span>
            )}
          </div>
        </header>

        <div className={styles.columns}>
          <div className={styles.textColumn}>
            {TEXT_SECTIONS.map((id) => (
              <section key={id}>
                <h3>{byId.get(id)?.label}</h3>
                <Clamped text={byId.get(id)} />
              </section>
            ))}
          </div>
          <SheetCharts view={view} />
        </div>

        <section className={styles.scores}>
          <h3>{t('businessCase.scores')}</h3>
          <DataTable
            className={styles.scoreTable}
            rows={CRITERIA}
            rowKey={(c) => c.id}
            columns={[
              {
                label: t('explanation.criterion'),
                rowHeader: true,
                cell: (c) => (
                  <>
                    {t(`criteria.${c.id}.label`)}
                    {c.direction === 'higherIsWorse' ? (
                      <span className={styles.inverted}> {t('businessCase.inverted')}</span>
                    ) : null}
                  </>
                ),
              },
              {
                label: t('explanation.raw'),
                cell: (c) => {
                  const value = view.values[c.id];
                  return value === null ? none : f.rawScore(value);
                },
              },
              {
                label: t('businessCase.rationale'),
                cell: (c) => <Clamped text={byId.get(`rationale-${c.id}`)} />,
              },
            ]}
          />
        </section>

        <div className={styles.halves}>
          <section>
            <h3>{t('finance.title')}</h3>
            {view.finance ? (
              <FinancialFigures result={view.finance} className={styles.sheetFinance} />
            ) : null}
            <p className={styles.never}>
              {t('businessCase.financialBeside', {
                score:
                  view.values.financialPotential === null
                    ? none
                    : f.rawScore(view.values.financialPotential),
              })}
            </p>
          </section>
          <section>
            <h3>
              {t('businessCase.clarity', {
                filled: view.clarity.filled,
                total: CLARITY_ITEMS.length,
              })}
            </h3>
            <ul className={styles.checklist}>
              {CLARITY_ITEMS.map((item) => {
                const ok = !view.clarity.missing.includes(item);
                return (
                  <li key={item} className={ok ? styles.ok : styles.gap}>
                    <span aria-hidden="true">{ok ? '✓' : '✗'}</span>{' '}
                    {t(`businessCase.clarityItem.${item}`)}
                    <span className="visually-hidden">
                      {' '}
                      {t(ok ? 'businessCase.filled' : 'businessCase.missing')}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        </div>

        <div className={styles.halves}>
          <ListedTexts
            texts={texts}
            prefix="divergence-"
            title="businessCase.divergences"
            none="businessCase.noDivergence"
          />
          <ListedTexts
            texts={texts}
            prefix="decision-"
            title="businessCase.decisions"
            none="businessCase.noDecision"
          />
        </div>

        <footer className={styles.sheetFooter}>
          <span className={styles.footerName}>{view.workspace.name}</span>
          <span className={styles.footerDate}>
            {' · '}
            {t('businessCase.printedOn', { date: printedOn })}
          </span>
        </footer>
      </article>
      {appendix.length > 0 ? (
        <article
          className={`${styles.page} ${styles.appendix}`}
          data-testid="business-case-appendix"
        >
          <h2>{t('businessCase.appendixTitle', { title: useCase.title })}</h2>
          <dl>
            {appendix.map((x) => (
              <div key={x.id}>
                <dt>{x.label}</dt>
                <dd>{x.full}</dd>
              </div>
            ))}
          </dl>
        </article>
      ) : null}
    </>
  );
}

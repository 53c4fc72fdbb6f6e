import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DecisionBoard, Divergence } from '../../data/use-decisions';
import type { WorkspaceRanking } from '../../data/use-ranking';
import type { KpiConflict } from '../../domain/conflicts/kpi-conflicts';
import type { OpenException } from '../../domain/exceptions/open-exceptions';
import type { Override } from '../../domain/schema/decision';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { Pager, usePage } from '../../ui/pager';
import { conflictSentence, describeOverride, type Names } from './decision-texts';
import layout from '../../ui/layout.module.css';
import styles from './exceptions.module.css';

const EVERYONE = '\u0000everyone';
const NO_OWNER = '\u0000none';
/** Open items rendered at once: the inbox of 50,000 use cases stays a page of them. */
const PAGE_SIZE = 50;

interface ItemProps {
  item: OpenException;
  /** The unresolved divergences by `${useCaseId}:${criterion}` (an item's ref). */
  divergences: ReadonlyMap<string, Divergence>;
  data: WorkspaceRanking;
  board: DecisionBoard;
  names: Names;
  onArbitrate: (conflict: KpiConflict) => void;
  onFollowUp: (override: Override) => void;
  onReview: (useCaseId: string) => void;
}

/** What the item is about, and the action that closes it. */
function ItemBody(props: ItemProps) {
  const { item, data, board, names, divergences, onArbitrate, onFollowUp, onReview } = props;
  const { t } = useTranslation();
  const f = useFormatters();
  const ws = data.workspace.id;
  const useCaseId = item.useCaseIds[0] ?? '';
  const title = names.useCase(useCaseId);
  switch (item.kind) {
    case 'kpiConflict': {
      const conflict = board.openConflicts.find((c) => c.key === item.ref); // a page: 50 at most
      if (!conflict) return null;
      const sentence = conflictSentence(conflict, names, t, f.list);
      return (
        <>
          <p>{sentence}</p>
          <Button
            small
            aria-label={t('conflicts.arbitrateLabel', { what: sentence })}
            onPress={() => onArbitrate(conflict)}
          >
            {t('conflicts.arbitrate')}
          </Button>
        </>
      );
    }
    case 'unclearPlacedHigh': {
      const clarity = data.decision.byId.get(useCaseId)?.clarity;
      return (
        <>
          <p>
            {t('exceptions.unclearSentence', {
              title,
              k: data.workspace.topK,
              filled: clarity?.filled ?? 0,
            })}
          </p>
          <Link to={`/w/${ws}/use-cases/${useCaseId}/qualification`}>
            {t('exceptions.openUseCase', { title })}
          </Link>
        </>
      );
    }
    case 'unresolvedDivergence': {
      const divergence = divergences.get(item.ref);
      return (
        <>
          {divergence ? (
            <p>
              {t('exceptions.divergenceSentence', {
                title,
                criterion: t(`criteria.${divergence.criterion}.label`),
                spread: f.rawScore(divergence.spread),
              })}
            </p>
          ) : null}
          <p className={styles.links}>
            <Link to={`/w/${ws}/scoring`}>{t('exceptions.settleInScoring')}</Link>
            <Link to={`/w/${ws}/use-cases/${useCaseId}/scores`}>
              {t('exceptions.discussScores', { title })}
            </Link>
          </p>
        </>
      );
    }
    case 'overrideWithoutReviewDate': {
      const override = board.overrides.find((o) => o.id === item.ref);
      if (!override) return null;
      const what = describeOverride(override, t, data.workspace.topK, board.waves);
      return (
        <>
          <p>{t('exceptions.overrideSentence', { title, what, reason: override.reason })}</p>
          <Button
            small
            aria-label={t('exceptions.setReviewDateLabel', {
              what: t('exceptions.overrideOf', { title, what }),
            })}
            onPress={() => onFollowUp(override)}
          >
            {t('exceptions.setReviewDate')}
          </Button>
        </>
      );
    }
    case 'reviewDue': {
      const date = data.useCasesById.get(useCaseId)?.successMeasure.reviewDate ?? '';
      return (
        <>
          <p>{t('reviews.dueSentence', { title, date })}</p>
          <p className={styles.links}>
            <Button
              small
              aria-label={t('reviews.recordFor', { title })}
              onPress={() => onReview(useCaseId)}
            >
              {t('reviews.recordButton')}
            </Button>
            <Link to={`/w/${ws}/use-cases/${useCaseId}/businessCase`}>
              {t('exceptions.openUseCase', { title })}
            </Link>
          </p>
        </>
      );
    }
  }
}

/** Every open item that needs a person, with its owner, filterable by owner. */
export function OpenItems(props: Omit<ItemProps, 'item' | 'divergences'>) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [owner, setOwner] = useState(EVERYONE);
  const { exceptions: items, divergences: all } = props.board;
  // Worked out once per board (not per render nor per item): the inbox may hold 100,000 items.
  const owners = useMemo(() => {
    const collator = new Intl.Collator(f.locale);
    return [...new Set(items.map((i) => i.owner).filter(Boolean))].sort(collator.compare);
  }, [items, f.locale]);
  const hasNoOwner = useMemo(() => items.some((i) => !i.owner), [items]);
  const divergences = useMemo(
    () => new Map(all.filter((d) => !d.resolved).map((d) => [`${d.useCaseId}:${d.criterion}`, d])),
    [all],
  );
  const shown = useMemo(
    () =>
      owner === EVERYONE
        ? items
        : items.filter((i) => (owner === NO_OWNER ? !i.owner : i.owner === owner)),
    [items, owner],
  );
  const ownerName = owner === NO_OWNER ? t('exceptions.noOwner') : owner;
  const paging = usePage(shown, PAGE_SIZE);
  return (
    <Card>
      <h2>{t('exceptions.inboxTitle')}</h2>
      <div className={layout.filters}>
        <label className={layout.filter}>
          <span>{t('exceptions.ownerFilter')}</span>
          <select
            className={styles.ownerSelect}
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
          >
            <option value={EVERYONE}>{t('exceptions.everyone')}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
            {hasNoOwner ? <option value={NO_OWNER}>{t('exceptions.noOwner')}</option> : null}
          </select>
        </label>
        <span className={styles.count} aria-live="polite">
          {t('exceptions.shown', { count: shown.length })}
        </span>
      </div>
      {items.length === 0 ? (
        <p className={styles.done}>{t('exceptions.empty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('exceptions.emptyForOwner', { owner: ownerName })}</p>
      ) : (
        <>
          <Pager paging={paging} label={t('exceptions.listLabel')} />
          <ul className={styles.list} aria-label={t('exceptions.listLabel')}>
            {paging.items.map((item) => (
              <li key={item.key} className={styles.item} data-kind={item.kind}>
                <p className={styles.itemHead}>
                  <strong>{t(`exceptions.kind.${item.kind}`)}</strong>
                  <span className={item.owner ? styles.owner : styles.noOwner}>
                    {item.owner
                      ? t('exceptions.ownerIs', { owner: item.owner })
                      : t('exceptions.noOwner')}
                  </span>
                </p>
                <ItemBody item={item} divergences={divergences} {...props} />
              </li>
            ))}
          </ul>
          <Pager paging={paging} label={t('exceptions.listLabel')} />
        </>
      )}
    </Card>
  );
}

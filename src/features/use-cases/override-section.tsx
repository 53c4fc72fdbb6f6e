import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { useDecisionRecords } from '../../data/use-decisions';
import { useWorkspace } from '../../data/use-workspaces';
import { database } from '../../db/database';
import { createOverride, withdrawOverride } from '../../db/repositories/decisions';
import type { Override } from '../../domain/schema/decision';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { OverrideDialog } from './override-dialog';
import type { UseCaseInDecision } from './use-case-in-decision';
import { WithdrawDialog } from '../../ui/withdraw-dialog';
import styles from './decisions.module.css';

type Translate = (key: string, options?: Record<string, unknown>) => string;

function describe(o: Override, t: Translate, k: number, waveName: (id: string) => string): string {
  return t(`overrides.described.${o.action}`, {
    k,
    position: o.position ?? 0,
    wave: o.waveId ? waveName(o.waveId) : '',
  });
}

/**
 * Where people contest the model for this use case: the computed rank and the decided
 * position side by side, the overrides in force (each can be withdrawn), and those withdrawn.
 */
export function OverrideSection({ decision, useCase, workspaceId }: UseCaseInDecision) {
  const { t } = useTranslation();
  const f = useFormatters();
  const change = useChangeContext();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const [contesting, setContesting] = useState(params.get('contest') === '1');
  const [withdrawing, setWithdrawing] = useState<Override | null>(null);
  const workspace = useWorkspace(workspaceId);
  const records = useDecisionRecords(workspaceId);
  // The computed and the decided rank, both from the decision (overrides already applied there).
  const self = decision.byId.get(useCase.id);
  const overrides = useMemo(
    () => (records?.decisions ?? []).filter((d): d is Override => d.kind === 'override'),
    [records],
  );
  if (!self || self.rank === null || !workspace || !records) return null;

  const k = workspace.topK;
  const mine = overrides.filter((o) => o.useCaseId === useCase.id);
  const active = mine.filter((o) => o.withdrawnAt === null);
  const withdrawn = mine.filter((o) => o.withdrawnAt !== null);
  const waveName = (id: string) => records.waves.find((w) => w.id === id)?.name ?? id;
  const openDialog = (open: boolean) => {
    setContesting(open);
    if (!open && params.has('contest')) {
      const next = new URLSearchParams(params);
      next.delete('contest');
      setParams(next, { replace: true });
    }
  };

  return (
    <Card>
      <h2>{t('overrides.sectionTitle')}</h2>
      <p className={styles.hint}>{t('overrides.sectionLead')}</p>
      <p className={styles.figures} data-testid="override-figures">
        <span>{t('overrides.computedRank', { rank: self.rank })}</span>
        <span>{t('overrides.decidedRank', { rank: self.decidedRank ?? self.rank })}</span>
        <span className={styles.count}>{t('overrides.count', { count: active.length })}</span>
      </p>
      <div data-editing-chrome="">
        <Button onPress={() => openDialog(true)}>{t('overrides.contest')}</Button>
      </div>
      {active.length > 0 ? (
        <ul className={styles.list} aria-label={t('overrides.activeList')}>
          {active.map((o) => (
            <li key={o.id} className={styles.item}>
              <p>
                <strong>{describe(o, t, k, waveName)}</strong>
                {o.computedRank !== null
                  ? ` ${t('overrides.rankAtTheTime', { rank: o.computedRank })}`
                  : ''}
              </p>
              <p>{t('overrides.reasonIs', { reason: o.reason })}</p>
              <p className={styles.meta}>
                {t('overrides.byAt', { author: o.author, at: f.dateTime(o.at) })} ·{' '}
                {o.owner ? t('overrides.ownerIs', { owner: o.owner }) : t('overrides.noOwner')} ·{' '}
                {o.reviewDate
                  ? t('overrides.reviewOn', { date: f.date(o.reviewDate) })
                  : t('overrides.noReviewDate')}
              </p>
              <Button
                small
                variant="danger"
                aria-label={t('overrides.withdrawLabel', { what: describe(o, t, k, waveName) })}
                onPress={() => setWithdrawing(o)}
              >
                {t('overrides.withdraw')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {withdrawn.length > 0 ? (
        <>
          <h3>{t('overrides.withdrawnTitle', { count: withdrawn.length })}</h3>
          <ul className={styles.list}>
            {withdrawn.map((o) => (
              <li key={o.id} className={`${styles.item} ${styles.withdrawn}`}>
                <p>
                  {describe(o, t, k, waveName)} · {t('overrides.reasonIs', { reason: o.reason })}
                </p>
                <p className={styles.meta}>
                  {t('overrides.withdrawnByAt', {
                    who: o.withdrawnBy,
                    at: f.dateTime(o.withdrawnAt ?? o.at),
                    reason: o.withdrawReason,
                  })}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <OverrideDialog
        isOpen={contesting}
        onOpenChange={openDialog}
        useCaseId={useCase.id}
        title={useCase.title}
        computedRank={self.rank}
        topK={k}
        onSubmit={async (input) => {
          await createOverride(database(), change(), input);
          toast({ message: t('overrides.saved') });
        }}
      />
      <WithdrawDialog
        isOpen={withdrawing !== null}
        onOpenChange={(open) => {
          if (!open) setWithdrawing(null);
        }}
        title={t('overrides.withdrawTitle')}
        lead={withdrawing ? describe(withdrawing, t, k, waveName) : ''}
        reasonLabel={t('overrides.withdrawReason')}
        submitLabel={t('overrides.withdraw')}
        onSubmit={async (reason) => {
          if (withdrawing) await withdrawOverride(database(), change(), withdrawing.id, reason);
          toast({ message: t('overrides.withdrawnToast') });
        }}
      />
    </Card>
  );
}

import { useMemo, useState } from 'react';
import { useActorName, useChangeContext } from '../../data/use-actor';
import { useDecisionBoard } from '../../data/use-decisions';
import { useWorkspaceRanking } from '../../data/use-ranking';
import { database } from '../../db/database';
import { arbitrateConflict, setOverrideFollowUp } from '../../db/repositories/decisions';
import type { KpiConflict } from '../../domain/conflicts/kpi-conflicts';
import type { Override } from '../../domain/schema/decision';
import { closedBy } from '../../ui/form-dialog';
import { Loading, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { ReviewDialog } from '../../ui/review-dialog';
import { reviewPromiseOf } from '../../ui/review-texts';
import { useToast } from '../../ui/toast';
import { recordReview } from '../../db/repositories/reviews';
import { ArbitrationDialog } from './arbitration-dialog';
import { ConflictsSection } from './conflicts-section';
import { conflictSentence, describeOverride, namesOf } from './decision-texts';
import { FollowUpDialog } from './follow-up-dialog';
import { OpenItems } from './open-items';
import { OverridesList } from './overrides-list';
import { ParkedRemarks } from './parked-remarks';
import styles from './exceptions.module.css';

/**
 * The exceptions inbox (PRODUCT.md idea 5): every open item that needs a named person, the KPI
 * conflicts to arbitrate, and the overrides where the model and people disagree.
 */
export default function ExceptionsScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const data = useWorkspaceRanking(workspaceId);
  const board = useDecisionBoard(data);
  const actor = useActorName();
  const change = useChangeContext();
  const toast = useToast();
  const [arbitrating, setArbitrating] = useState<KpiConflict | null>(null);
  const [followingUp, setFollowingUp] = useState<Override | null>(null);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const names = useMemo(() => (data ? namesOf(data, t) : null), [data, t]);

  if (data === null) return null;
  if (data === undefined || !board || !names) return <Loading />;

  const reviewedUseCase = reviewing ? data.useCasesById.get(reviewing) : undefined;
  const summary = arbitrating ? conflictSentence(arbitrating, names, t, f.list) : '';
  const followUpText = followingUp
    ? t('exceptions.overrideOf', {
        title: names.useCase(followingUp.useCaseId),
        what: describeOverride(followingUp, t, data.workspace.topK, board.waves),
      })
    : '';

  return (
    <ScreenPage
      title={t('nav.exceptions')}
      lead={t('exceptions.lead', { count: board.exceptions.length })}
      className={styles.screen}
    >
      <OpenItems
        data={data}
        board={board}
        names={names}
        onArbitrate={setArbitrating}
        onFollowUp={setFollowingUp}
        onReview={setReviewing}
      />
      <ParkedRemarks workspaceId={workspaceId} />
      <ConflictsSection
        board={board}
        names={names}
        workspaceId={workspaceId}
        onArbitrate={setArbitrating}
      />
      <OverridesList data={data} board={board} names={names} />
      <ArbitrationDialog
        isOpen={arbitrating !== null}
        onOpenChange={closedBy(() => setArbitrating(null))}
        summary={summary}
        actor={actor}
        onSubmit={async (form) => {
          if (!arbitrating) return;
          await arbitrateConflict(database(), change(), workspaceId, {
            ...form,
            conflictKey: arbitrating.key,
            label: summary.slice(0, 500),
          });
          toast({ message: t('conflicts.saved') });
        }}
      />
      <FollowUpDialog
        isOpen={followingUp !== null}
        onOpenChange={closedBy(() => setFollowingUp(null))}
        description={followUpText}
        initialOwner={followingUp?.owner ?? ''}
        onSubmit={async (followUp) => {
          if (followingUp)
            await setOverrideFollowUp(database(), change(), followingUp.id, followUp);
          toast({ message: t('exceptions.followUpSaved') });
        }}
      />
      {reviewedUseCase ? (
        <ReviewDialog
          isOpen
          onOpenChange={closedBy(() => setReviewing(null))}
          promise={reviewPromiseOf(reviewedUseCase, data.workspace.kpis, t, f)}
          onSubmit={async (form) => {
            await recordReview(database(), change(), reviewedUseCase.id, form);
            toast({ message: t('reviews.recorded') });
          }}
        />
      ) : null}
    </ScreenPage>
  );
}

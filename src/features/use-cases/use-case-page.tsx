import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { useWorkspaceRanking } from '../../data/use-ranking';
import { database } from '../../db/database';
import { deleteUseCase, restoreUseCase, updateUseCase } from '../../db/repositories/use-cases';
import { Button } from '../../ui/button';
import { TabSet } from '../../ui/tab-set';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useFormatters } from '../../ui/format';
import { EmptyState } from '../../ui/page-header';
import { QuadrantBadge } from '../../ui/quadrant-badge';
import { useToast } from '../../ui/toast';
import { BusinessCasePanel } from './business-case-panel';
import { DetailsPanel } from './details-panel';
import { ExplanationPanel } from './explanation-panel';
import { HistoryPanel } from './history-panel';
import { QualificationPanel } from './qualification-panel';
import { ScoringPanel } from './scoring-panel';
import { StatusSuggestion } from './status-suggestion';
import { fieldsOf, useRecordAsOpened } from '../../ui/use-record-as-opened';
import { EDITED_USE_CASE_FIELDS, UseCaseFormDialog, formOfUseCase } from './use-case-form-dialog';
import styles from './use-cases.module.css';

/** The tabs of a use case, in order; a tab is shown once it is built. */
const TAB_LIST = [
  { id: 'details', ready: true },
  { id: 'qualification', ready: true },
  { id: 'scores', ready: true },
  { id: 'explanation', ready: true },
  { id: 'businessCase', ready: true },
  { id: 'history', ready: true },
] as const;
const TABS = TAB_LIST.filter((tab) => tab.ready).map((tab) => tab.id);
type TabId = (typeof TAB_LIST)[number]['id'];

/** A use case as its own page, one tab per aspect, each tab deep-linkable. */
export default function UseCasePage() {
  const { t } = useTranslation();
  const { workspaceId = '', useCaseId = '', tab } = useParams();
  const navigate = useNavigate();
  const change = useChangeContext();
  const toast = useToast();
  const f = useFormatters();
  const data = useWorkspaceRanking(workspaceId);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const selected: TabId = TABS.find((x) => x === tab) ?? 'details';
  // Edited as it was when the dialog opened: another tab's save is shown, never silently lost.
  const edited = useRecordAsOpened(data?.useCasesById.get(useCaseId), editing);

  if (data === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  const useCase = data?.useCasesById.get(useCaseId);
  if (!data || !useCase) {
    return (
      <EmptyState>
        {t('useCase.notFound')}{' '}
        <Link to={`/w/${workspaceId}/use-cases`}>{t('useCase.backToList')}</Link>
      </EmptyState>
    );
  }
  const own = data.decision.byId.get(useCaseId);
  const ranked = own?.standing === 'ranked' ? data.decision.ranked[(own.rank ?? 0) - 1] : undefined;
  // Blind scoring: what shows the group's scores waits for the facilitator's reveal.
  const scoresHidden = own?.standing === 'awaitingReveal';
  const hiddenPanel = <p className={styles.scoresHidden}>{t('useCase.scoresHiddenPanel')}</p>;

  return (
    <article>
      <Link className={styles.back} to={`/w/${workspaceId}/use-cases`}>
        ← {t('useCase.backToList')}
      </Link>
      <div className={styles.header}>
        <div>
          <h1>{useCase.title}</h1>
          <div className={styles.badges}>
            <span>{t(`scope.${useCase.scope}`)}</span>·<span>{t(`status.${useCase.status}`)}</span>
            {scoresHidden ? (
              <>
                ·<span>{t('useCase.scoresHiddenBadge')}</span>
              </>
            ) : ranked ? (
              <>
                ·
                <span>
                  {t('useCase.rankSummary', {
                    rank: ranked.rank,
                    total: data.decision.ranked.length,
                    overall: f.score(ranked.overall),
                  })}
                </span>
                <QuadrantBadge quadrant={ranked.quadrant} />
              </>
            ) : (
              <>
                ·<span className={styles.toScore}>{t('ranking.toScoreBadge')}</span>
              </>
            )}
          </div>
        </div>
        <div className="actions" data-editing-chrome="">
          <Button onPress={() => setEditing(true)}>{t('common.edit')}</Button>{' '}
          <Button variant="danger" onPress={() => setDeleting(true)}>
            {t('common.delete')}
          </Button>
        </div>
      </div>
      <StatusSuggestion workspaceId={workspaceId} useCase={useCase} decision={own} />
      <TabSet
        label={t('useCase.tabsLabel')}
        selected={selected}
        onSelect={(id) => void navigate(`/w/${workspaceId}/use-cases/${useCaseId}/${id}`)}
        tabs={[
          { id: 'details', content: <DetailsPanel useCase={useCase} /> },
          { id: 'qualification', content: <QualificationPanel data={data} useCase={useCase} /> },
          {
            id: 'scores',
            content: <ScoringPanel workspace={data.workspace} useCase={useCase} decided={own} />,
          },
          {
            id: 'explanation',
            content: scoresHidden ? (
              hiddenPanel
            ) : (
              <ExplanationPanel
                decision={data.decision}
                useCase={useCase}
                workspaceId={workspaceId}
              />
            ),
          },
          {
            id: 'businessCase',
            content: scoresHidden ? (
              hiddenPanel
            ) : (
              <BusinessCasePanel data={data} useCase={useCase} />
            ),
          },
          {
            id: 'history',
            content: <HistoryPanel workspaceId={workspaceId} useCaseId={useCaseId} />,
          },
        ].map((tab) => ({ ...tab, label: t(`useCase.tab.${tab.id}`) }))}
      />
      <UseCaseFormDialog
        isOpen={editing}
        onOpenChange={setEditing}
        title={t('useCase.edit')}
        submitLabel={t('common.save')}
        initial={formOfUseCase(edited ?? useCase)}
        stale={{
          seen: fieldsOf(edited ?? useCase, EDITED_USE_CASE_FIELDS),
          toForm: formOfUseCase,
        }}
        onSubmit={async (form, seen) => {
          await updateUseCase(database(), change(), useCase.id, form, seen);
          toast({ message: t('useCase.saved') });
        }}
      />
      <ConfirmDialog
        isOpen={deleting}
        onOpenChange={setDeleting}
        title={t('useCase.deleteTitle')}
        message={t('useCase.deleteMessage', { title: useCase.title })}
        confirmLabel={t('common.delete')}
        onConfirm={() => {
          void deleteUseCase(database(), change(), useCase.id).then((deleted) => {
            void navigate(`/w/${workspaceId}/use-cases`);
            if (!deleted) return;
            toast({
              message: t('useCase.deleted', { title: useCase.title }),
              durationMs: 10_000,
              action: {
                label: t('common.undo'),
                onAction: () => {
                  void restoreUseCase(database(), change(), deleted).then(() =>
                    toast({ message: t('useCase.restored', { title: useCase.title }) }),
                  );
                },
              },
            });
          });
        }}
      />
    </article>
  );
}

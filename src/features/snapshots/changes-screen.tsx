import { useMemo, useState } from 'react';
import { useActorName, useChangeContext } from '../../data/use-actor';
import { snapshotOfNow, useDecisionNow, useDecisionSnapshots } from '../../data/use-snapshots';
import { database } from '../../db/database';
import { deleteDecisionSnapshot, takeSnapshot } from '../../db/repositories/decision-snapshots';
import type { DecisionSnapshot } from '../../domain/schema/decision-snapshot';
import { diffRows } from '../../domain/snapshots/diff-export';
import { diffSnapshots, isEmptyDiff } from '../../domain/snapshots/diff-snapshots';
import { slopeChartOf } from '../../domain/snapshots/slope-chart';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { closedBy } from '../../ui/form-dialog';
import { Card } from '../../ui/page-header';
import { Loading, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { useToast } from '../../ui/toast';
import { DiffTables } from './diff-tables';
import { downloadDiffCsv, downloadDiffMarkdown } from './diff-files';
import { SlopeChartView } from './slope-chart-view';
import { SnapshotList } from './snapshot-list';
import styles from './snapshots.module.css';

const NOW = 'now';

/**
 * After the workshop: freeze the decision under a name, list the snapshots, and compare two of
 * them (or one with now): slope chart of the decided ranking, and every difference with its
 * audit entries; exportable as Markdown and CSV.
 */
export default function ChangesScreen() {
  const { t, i18n, f, workspaceId } = useWorkspaceScreen();
  const snapshots = useDecisionSnapshots(workspaceId);
  const now = useDecisionNow(workspaceId);
  const actor = useActorName();
  const change = useChangeContext();
  const toast = useToast();
  const [name, setName] = useState('');
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string>(NOW);
  const [deleting, setDeleting] = useState<DecisionSnapshot | null>(null);

  // "Now" shaped like a snapshot only when a comparison shows it: at 50,000 use cases freezing
  // the decision takes most of a second, for nothing while the workspace has no snapshot.
  const comparesNow = (snapshots?.length ?? 0) > 0 && (toId === NOW || fromId === NOW);
  const nowSnapshot = useMemo(
    () => (now && comparesNow ? snapshotOfNow(now, new Date().toISOString(), actor) : null),
    [now, actor, comparesNow],
  );
  const pick = (id: string | null): DecisionSnapshot | null =>
    id === NOW ? nowSnapshot : (snapshots?.find((s) => s.id === id) ?? null);
  const from = pick(fromId ?? snapshots?.[0]?.id ?? null);
  const to = pick(toId);
  const diff = useMemo(() => (from && to ? diffSnapshots(from, to) : null), [from, to]);
  const chart = useMemo(() => (from && to ? slopeChartOf(from, to) : null), [from, to]);

  if (snapshots === undefined || now === undefined) return <Loading />;
  if (now === null) return null;

  const nameOf = (s: DecisionSnapshot) =>
    s.id === NOW ? t('snapshots.now') : `${s.name} (${f.dateTime(s.takenAt)})`;
  const snapshotOptions = snapshots.map((s) => (
    <option key={s.id} value={s.id}>
      {nameOf(s)}
    </option>
  ));
  const freeze = async () => {
    const chosen =
      name.trim() || t('snapshots.defaultName', { date: f.dateTime(new Date().toISOString()) });
    const id = await takeSnapshot(database(), change(), workspaceId, { name: chosen });
    setName('');
    setFromId(id);
    toast({ message: t('snapshots.frozen', { name: chosen }) });
  };
  const label = (key: string) => t(key);
  const rows = diff ? diffRows(diff, label) : [];
  const title =
    from && to ? t('snapshots.compareTitle', { from: nameOf(from), to: nameOf(to) }) : '';

  return (
    <ScreenPage title={t('nav.changes')} lead={t('snapshots.lead')} className={styles.screen}>
      <Card>
        <h2>{t('snapshots.freezeTitle')}</h2>
        <form
          className={`${styles.compare} ${styles.freeze}`}
          onSubmit={(e) => {
            e.preventDefault();
            void freeze();
          }}
        >
          <label>
            {t('snapshots.name')}
            <input
              value={name}
              maxLength={200}
              placeholder={t('snapshots.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <Button type="submit" variant="primary">
            {t('snapshots.freeze')}
          </Button>
        </form>
        <h2>{t('snapshots.listTitle')}</h2>
        <SnapshotList snapshots={snapshots} onDelete={setDeleting} />
      </Card>
      {snapshots.length > 0 ? (
        <Card>
          <h2>{t('snapshots.compareHeading')}</h2>
          <div className={styles.compare}>
            <label>
              {t('snapshots.from')}
              <select value={from?.id ?? ''} onChange={(e) => setFromId(e.target.value)}>
                {snapshotOptions}
              </select>
            </label>
            <label>
              {t('snapshots.to')}
              <select value={toId} onChange={(e) => setToId(e.target.value)}>
                <option value={NOW}>{t('snapshots.now')}</option>
                {snapshotOptions}
              </select>
            </label>
            {diff ? (
              <div className={styles.actions}>
                <Button
                  onPress={() => downloadDiffMarkdown(title, rows, label, (n) => f.decimal(n))}
                >
                  {t('snapshots.exportMd')}
                </Button>
                <Button
                  onPress={() => downloadDiffCsv(rows, label, i18n.language === 'fr' ? 'fr' : 'en')}
                >
                  {t('snapshots.exportCsv')}
                </Button>
              </div>
            ) : null}
          </div>
          {diff && from && to && chart ? (
            <>
              <p data-testid="diff-summary">
                {isEmptyDiff(diff)
                  ? t('snapshots.noChange')
                  : t('snapshots.summary', {
                      moves: diff.rankMoves.length,
                      scores: diff.scoreChanges.length,
                      weights: diff.weightChanges.length,
                    })}
              </p>
              <SlopeChartView chart={chart} fromName={nameOf(from)} toName={nameOf(to)} />
              <DiffTables diff={diff} workspaceId={workspaceId} />
            </>
          ) : null}
        </Card>
      ) : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={closedBy(() => setDeleting(null))}
        title={t('snapshots.deleteTitle')}
        message={t('snapshots.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('snapshots.delete')}
        onConfirm={() => {
          if (!deleting) return;
          if (fromId === deleting.id) setFromId(null);
          if (toId === deleting.id) setToId(NOW);
          void deleteDecisionSnapshot(database(), change(), deleting.id);
        }}
      />
    </ScreenPage>
  );
}

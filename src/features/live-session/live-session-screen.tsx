import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActorName } from '../../data/use-actor';
import { useLiveSession, type LiveSessionData } from '../../data/use-live-session';
import { changeContext } from '../../db/change-context';
import { database } from '../../db/database';
import { recordLiveSession } from '../../db/repositories/live-sessions';
import { Button } from '../../ui/button';
import { Card, EmptyState } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { callLiveApi } from './live-connection';
import { SessionPanel } from './session-panel';
import styles from './live-session.module.css';

/**
 * The facilitator's live session (PRODUCT.md "The room"): choose the use cases, start the
 * session, then follow it (session-panel.tsx). A session still open is resumed on return.
 */
export default function LiveSessionScreen() {
  const { t, workspaceId } = useWorkspaceScreen();
  const data = useLiveSession(workspaceId);
  if (!data)
    return (
      <NotReady data={data} missing={<EmptyState>{t('groupScoring.noWorkspace')}</EmptyState>} />
    );
  return (
    <ScreenPage title={t('liveSession.title')} lead={t('liveSession.lead')}>
      {data.session ? (
        <SessionPanel data={data} session={data.session} />
      ) : (
        <StartPanel data={data} />
      )}
    </ScreenPage>
  );
}

const sessionAnswer = (body: unknown) =>
  body as { sessionId: string; facilitatorToken: string; passcode: string; joinOrigins: string[] };

function StartPanel({ data }: { data: LiveSessionData }) {
  const { t } = useTranslation();
  const actor = useActorName();
  const active = data.useCases.filter((u) => u.status !== 'abandoned');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(active.map((u) => u.id)));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    if (chosen.size === 0) return setProblem('liveSession.chooseOne');
    setBusy(true);
    setProblem(null);
    const useCaseIds = active.filter((u) => chosen.has(u.id)).map((u) => u.id);
    const answer = await callLiveApi('sessions', {
      method: 'POST',
      body: { useCaseIds, roster: data.participants.map((p) => p.name) },
    });
    if (answer.status !== 201) {
      setBusy(false);
      return setProblem('liveSession.noServer');
    }
    const opened = sessionAnswer(answer.body);
    await recordLiveSession(database(), changeContext(actor || '?'), {
      id: opened.sessionId,
      workspaceId: data.workspace.id,
      facilitatorToken: opened.facilitatorToken,
      passcode: opened.passcode,
      useCaseIds,
      joinOrigins: opened.joinOrigins,
      startedAt: new Date().toISOString(),
      endedAt: null,
    });
  }

  return (
    <Card>
      <h2>{t('liveSession.choose')}</h2>
      <div className={styles.row}>
        <Button small onPress={() => setChosen(new Set(active.map((u) => u.id)))}>
          {t('liveSession.chooseAll')}
        </Button>
        <Button small onPress={() => setChosen(new Set())}>
          {t('liveSession.chooseNone')}
        </Button>
      </div>
      <ul className={styles.choices}>
        {active.map((u) => (
          <li key={u.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(u.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(u.id);
                  else next.delete(u.id);
                  setChosen(next);
                }}
              />{' '}
              {u.title}
            </label>
          </li>
        ))}
      </ul>
      {problem ? <p role="alert">{t(problem)}</p> : null}
      <Button variant="primary" isDisabled={busy} onPress={() => void start()}>
        {busy ? t('liveSession.starting') : t('liveSession.start')}
      </Button>
    </Card>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActorName } from '../../data/use-actor';
import type { LiveSessionData } from '../../data/use-live-session';
import { changeContext } from '../../db/change-context';
import { database } from '../../db/database';
import { recordLiveSession } from '../../db/repositories/live-sessions';
import { LIVE_LIMITS } from '../../domain/live/live-documents';
import { findTitles, foldTitles } from '../../domain/search/find-titles';
import { Button } from '../../ui/button';
import { Card } from '../../ui/page-header';
import { Pager, usePage } from '../../ui/pager';
import { SearchField } from '../../ui/search-field';
import { callLiveApi } from './live-connection';
import styles from './live-session.module.css';

/** The use cases listed at once: a workspace may hold tens of thousands. */
const PAGE = 50;

const sessionAnswer = (body: unknown) =>
  body as { sessionId: string; facilitatorToken: string; passcode: string; joinOrigins: string[] };

/**
 * Before a live session: choose the use cases the room will score (all of them when a session can
 * hold them all, none otherwise), find them by title, then start.
 */
export function StartPanel({ data }: { data: LiveSessionData }) {
  const { t } = useTranslation();
  const actor = useActorName();
  const active = useMemo(
    () => data.useCases.filter((u) => u.status !== 'abandoned'),
    [data.useCases],
  );
  const folded = useMemo(() => foldTitles(active), [active]);
  const tooMany = active.length > LIVE_LIMITS.useCases;
  const [chosen, setChosenNow] = useState<ReadonlySet<string>>(
    () => new Set(tooMany ? [] : active.map((u) => u.id)),
  );
  const [query, setQuery] = useState('');
  const shown = useMemo(() => findTitles(folded, query, folded.length).found, [folded, query]);
  const paging = usePage(shown, PAGE);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** A new choice: what was said of the previous one no longer holds. */
  const setChosen = (next: ReadonlySet<string>) => {
    setChosenNow(next);
    setProblem(null);
  };

  /** "All" and "None" act on the use cases listed: every one, or those matching the search. */
  const chooseShown = (choose: boolean) => {
    const next = new Set(chosen);
    for (const u of shown) {
      if (choose) next.add(u.id);
      else next.delete(u.id);
    }
    setChosen(next);
  };

  async function start() {
    if (chosen.size === 0) return setProblem(t('liveSession.chooseOne'));
    if (chosen.size > LIVE_LIMITS.useCases)
      return setProblem(
        t('liveSession.tooMany', { chosen: chosen.size, limit: LIVE_LIMITS.useCases }),
      );
    setBusy(true);
    setProblem(null);
    const useCaseIds = active.filter((u) => chosen.has(u.id)).map((u) => u.id);
    const answer = await callLiveApi('sessions', {
      method: 'POST',
      body: { useCaseIds, roster: data.participants.map((p) => p.name) },
    });
    if (answer.status !== 201) {
      setBusy(false);
      return setProblem(t('liveSession.noServer'));
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
      {tooMany ? <p>{t('liveSession.limit', { limit: LIVE_LIMITS.useCases })}</p> : null}
      <p aria-live="polite">
        {t('liveSession.chosenCount', { chosen: chosen.size, total: active.length })}
      </p>
      <div className={styles.row}>
        <SearchField label={t('liveSession.search')} value={query} onChange={setQuery} />
        <Button small onPress={() => chooseShown(true)}>
          {t('liveSession.chooseAll')}
        </Button>
        <Button small onPress={() => chooseShown(false)}>
          {t('liveSession.chooseNone')}
        </Button>
      </div>
      {shown.length === 0 ? (
        <p>{t('liveSession.noneMatch', { query: query.trim() })}</p>
      ) : (
        <ul className={styles.choices}>
          {paging.items.map((u) => (
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
      )}
      <Pager paging={paging} label={t('liveSession.choose')} />
      {problem ? <p role="alert">{problem}</p> : null}
      <Button variant="primary" isDisabled={busy} onPress={() => void start()}>
        {busy ? t('liveSession.starting') : t('liveSession.start')}
      </Button>
    </Card>
  );
}

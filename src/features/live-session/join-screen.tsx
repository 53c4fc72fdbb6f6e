import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import * as z from 'zod';
import { liveSessionIdSchema } from '../../domain/live/live-documents';
import { Button } from '../../ui/button';
import { LanguageSwitch } from '../../ui/language-switch';
import { callLiveApi } from './live-connection';
import { ParticipantScoring } from './participant-scoring';
import { forgetPass, keepPass, readPass, type ParticipantPass } from './use-participant-session';
import styles from './join.module.css';

type Stage =
  | { kind: 'checking' }
  | { kind: 'closed'; message: 'unknown' | 'ended' | 'unreachable' }
  | { kind: 'passcode'; problem: string | null }
  | { kind: 'name'; passcode: string; names: string[]; problem: string | null }
  | { kind: 'scoring'; pass: ParticipantPass };

const stateAnswer = z.object({ state: z.enum(['open', 'ended', 'unknown']) });
const rosterAnswer = z.object({ names: z.array(z.string()) });
const freedAnswer = z.object({ holds: z.literal(false) });
const passAnswer = z.object({ participantId: z.string(), token: z.string(), name: z.string() });

/** Where a participant arriving at this address starts: closed page, passcode or scoring. */
async function stageOf(sessionId: string): Promise<Stage> {
  if (!liveSessionIdSchema.safeParse(sessionId).success)
    return { kind: 'closed', message: 'unknown' };
  const answer = await callLiveApi(`sessions/${sessionId}`);
  const parsed = stateAnswer.safeParse(answer.body);
  const pass = readPass(sessionId);
  if (!parsed.success) {
    // Offline with a pass: go on scoring on this device.
    if (pass && answer.status === 0) return { kind: 'scoring', pass };
    return { kind: 'closed', message: 'unreachable' };
  }
  if (parsed.data.state !== 'open') {
    keepPass(sessionId, null);
    return { kind: 'closed', message: parsed.data.state };
  }
  if (!pass) return { kind: 'passcode', problem: null };
  const me = await callLiveApi(`sessions/${sessionId}/participants/${pass.participantId}`, {
    token: pass.token,
  });
  if (!freedAnswer.safeParse(me.body).success) return { kind: 'scoring', pass };
  // The facilitator freed this name: what this device kept of it goes too.
  forgetPass(sessionId, pass);
  return { kind: 'passcode', problem: 'liveSession.join.released' };
}

const PROBLEMS: Record<number, string> = {
  401: 'liveSession.join.wrongPasscode',
  409: 'liveSession.join.nameTaken',
  429: 'liveSession.join.tooMany',
};

/**
 * A participant joins a live session from any browser (/join/<session>): passcode, name, then
 * blind scoring. Ended, unknown and mistyped addresses get a page that says so.
 */
export default function JoinScreen() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const [stage, setStage] = useState<Stage>({ kind: 'checking' });
  // Each check opens the scoring afresh (new connections) when it goes on.
  const [round, setRound] = useState(0);

  const check = useCallback(() => {
    void stageOf(sessionId).then((next) => {
      setRound((r) => r + 1);
      setStage(next);
    });
  }, [sessionId]);

  useEffect(() => {
    let current = true;
    void stageOf(sessionId).then((next) => {
      if (current) setStage(next);
    });
    return () => {
      current = false;
    };
  }, [sessionId]);

  async function join(passcode: string, name?: string) {
    const answer = await callLiveApi('join', {
      method: 'POST',
      body: { sessionId, passcode, name },
    });
    if (answer.status === 410) return setStage({ kind: 'closed', message: 'ended' });
    if (answer.status === 404) return setStage({ kind: 'closed', message: 'unknown' });
    const problem =
      PROBLEMS[answer.status] ?? (answer.status === 200 ? null : 'liveSession.join.unreachable');
    if (name === undefined) {
      const roster = rosterAnswer.safeParse(answer.body);
      if (!roster.success) return setStage({ kind: 'passcode', problem });
      return setStage({ kind: 'name', passcode, names: roster.data.names, problem: null });
    }
    const pass = passAnswer.safeParse(answer.body);
    if (!pass.success)
      return setStage((s) =>
        s.kind === 'name' ? { ...s, problem } : { kind: 'passcode', problem },
      );
    keepPass(sessionId, pass.data);
    setStage({ kind: 'scoring', pass: pass.data });
  }

  return (
    <main className={styles.page}>
      <div className={styles.top}>
        <h1 className={styles.title}>{t('liveSession.join.title')}</h1>
        <LanguageSwitch
          classNames={{ group: styles.languages ?? '', button: styles.language ?? '' }}
        />
      </div>
      {stage.kind === 'checking' ? <p aria-busy="true">{t('liveSession.join.checking')}</p> : null}
      {stage.kind === 'closed' ? (
        <div role="status" className={styles.closed}>
          <p>{t(`liveSession.join.${stage.message}`)}</p>
          {stage.message === 'unreachable' ? (
            <Button
              onPress={() => {
                setStage({ kind: 'checking' });
                check();
              }}
            >
              {t('liveSession.join.retry')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {stage.kind === 'passcode' ? (
        <PasscodeForm problem={stage.problem} onSubmit={(code) => void join(code)} />
      ) : null}
      {stage.kind === 'name' ? (
        <NameForm
          names={stage.names}
          problem={stage.problem}
          onSubmit={(name) => void join(stage.passcode, name)}
        />
      ) : null}
      {stage.kind === 'scoring' ? (
        <ParticipantScoring
          key={round}
          sessionId={sessionId}
          pass={stage.pass}
          onClosed={check}
          onLeft={() => setStage({ kind: 'passcode', problem: 'liveSession.join.left' })}
        />
      ) : null}
    </main>
  );
}

function PasscodeForm({
  problem,
  onSubmit,
}: {
  problem: string | null;
  onSubmit: (c: string) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  return (
    <JoinStepForm
      className={styles.form}
      problem={problem}
      submitLabel={t('liveSession.join.continue')}
      onSubmit={() => onSubmit(code.trim())}
    >
      <label className={styles.field}>
        {t('liveSession.join.passcode')}
        <input
          className={styles.input}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          aria-describedby="passcode-help"
          onChange={(e) => setCode(e.target.value)}
        />
      </label>
      <p id="passcode-help" className={styles.help}>
        {t('liveSession.join.passcodeHelp')}
      </p>
    </JoinStepForm>
  );
}

/** One step of joining: its field, what went wrong if anything, and the button that goes on. */
function JoinStepForm({
  className,
  problem,
  submitLabel,
  onSubmit,
  children,
}: {
  className?: string;
  problem: string | null;
  submitLabel: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      {problem ? <p role="alert">{t(problem)}</p> : null}
      <Button type="submit" variant="primary">
        {submitLabel}
      </Button>
    </form>
  );
}

function NameForm({
  names,
  problem,
  onSubmit,
}: {
  names: string[];
  problem: string | null;
  onSubmit: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <div className={styles.form}>
      <h2>{t('liveSession.join.pickName')}</h2>
      <div className={styles.names}>
        {names.map((n) => (
          <Button key={n} onPress={() => onSubmit(n)}>
            {n}
          </Button>
        ))}
      </div>
      <JoinStepForm
        problem={problem}
        submitLabel={t('liveSession.join.joinAs')}
        onSubmit={() => {
          if (name.trim()) onSubmit(name.trim());
        }}
      >
        <label className={styles.field}>
          {names.length > 0 ? t('liveSession.join.addName') : t('liveSession.join.name')}
          <input
            className={styles.input}
            maxLength={200}
            value={name}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
      </JoinStepForm>
    </div>
  );
}

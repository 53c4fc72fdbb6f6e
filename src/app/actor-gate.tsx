import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActorName } from '../data/use-actor';
import { PlainButton } from '../ui/plain-button';
import styles from './shell.module.css';

// The dialogs and their form code are not needed to show the first screen: loaded when opened.
const WelcomeDialog = lazy(() =>
  import('./actor-dialogs').then((m) => ({ default: m.WelcomeDialog })),
);
const ChangeNameDialog = lazy(() =>
  import('./actor-dialogs').then((m) => ({ default: m.ChangeNameDialog })),
);

/**
 * Every change is signed in the audit trail: the first time, the app asks the person's name
 * (kept in this browser) before anything can be changed.
 */
export function ActorGate({ children }: { children: ReactNode }) {
  const actor = useActorName();
  // A live session's participant (/join/...) changes nothing on this device: no name asked here.
  const joining = window.location.pathname.startsWith('/join/');
  return (
    <>
      {children}
      {actor || joining ? null : (
        <Suspense fallback={null}>
          <WelcomeDialog />
        </Suspense>
      )}
    </>
  );
}

/** The current person in the header; pressing it changes the name. */
export function ActorButton() {
  const { t } = useTranslation();
  const actor = useActorName();
  const [open, setOpen] = useState(false);
  if (!actor) return null;
  return (
    <>
      <PlainButton
        small
        variant="quiet"
        onPress={() => setOpen(true)}
        aria-label={t('actor.change', { name: actor })}
      >
        <span className={styles.actor}>
          <svg aria-hidden="true" viewBox="0 0 16 16">
            <circle cx="8" cy="5" r="3" />
            <path d="M2 15c0-3.3 2.7-6 6-6s6 2.7 6 6z" />
          </svg>
          {actor}
        </span>
      </PlainButton>
      {open ? (
        <Suspense fallback={null}>
          <ChangeNameDialog actor={actor} onOpenChange={setOpen} />
        </Suspense>
      ) : null}
    </>
  );
}

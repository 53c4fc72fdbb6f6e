import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActorName } from '../../data/use-actor';
import type { LiveSessionData } from '../../data/use-live-session';
import type { LiveSession } from '../../domain/schema/live-session';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Card } from '../../ui/page-header';
import { AgreementForm } from './agreement-form';
import { SessionRanking } from './session-ranking';
import { useFacilitatorSession } from './use-facilitator-session';
import styles from './live-session.module.css';

/** The join address as an SVG QR code in an image (no markup of ours is injected). */
function useQrCode(address: string): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toString(address, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => {
        if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [address]);
  return src;
}

function isLocalOnly(origin: string): boolean {
  return /\/\/(127\.|localhost|\[::1\])/.test(origin);
}

export function SessionPanel({ data, session }: { data: LiveSessionData; session: LiveSession }) {
  const { t } = useTranslation();
  const actor = useActorName() || '?';
  const live = useFacilitatorSession(session, data.workspace, data.useCases, actor);
  const origin = session.joinOrigins[0] ?? window.location.origin;
  const address = `${origin}/join/${session.id}`;
  const qr = useQrCode(address);
  const sessionUseCases = data.useCases.filter((u) => session.useCaseIds.includes(u.id));
  const [releasing, setReleasing] = useState<{ id: string; name: string } | null>(null);
  const [releaseFailed, setReleaseFailed] = useState(false);

  return (
    <div className={styles.grid}>
      <Card>
        <h2>{t('liveSession.joinTitle')}</h2>
        <p>
          {t('liveSession.joinAddress')}
          <br />
          <strong className={styles.address} data-testid="join-address">
            {address}
          </strong>
        </p>
        {qr ? (
          <img className={styles.qr} src={qr} alt={t('liveSession.qrAlt', { address })} />
        ) : null}
        <p>
          {t('liveSession.passcode')}
          <br />
          <span className={styles.passcode} data-testid="passcode">
            {session.passcode}
          </span>
        </p>
        {isLocalOnly(origin) ? <p className={styles.note}>{t('liveSession.localOnly')}</p> : null}
      </Card>
      <Card>
        <h2>{t('liveSession.participants')}</h2>
        {live.status === 'connecting' ? (
          <p aria-busy="true">{t('liveSession.connecting')}</p>
        ) : null}
        {live.status === 'ended' ? <p role="status">{t('liveSession.ended')}</p> : null}
        {live.progress.length === 0 ? (
          <p className={styles.note}>{t('liveSession.noParticipants')}</p>
        ) : (
          <ul className={styles.people} aria-label={t('liveSession.participants')}>
            {live.progress.map((p) => (
              <li key={p.id}>
                <span>{p.name}</span>
                <span>{t('liveSession.progress', { scored: p.scored, total: p.total })}</span>
                <Button
                  variant="quiet"
                  small
                  aria-label={`${t('liveSession.release')} · ${p.name}`}
                  onPress={() => setReleasing(p)}
                >
                  {t('liveSession.release')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {releaseFailed ? <p role="alert">{t('liveSession.releaseFailed')}</p> : null}
        <ConfirmDialog
          isOpen={releasing !== null}
          onOpenChange={(open) => {
            if (!open) setReleasing(null);
          }}
          title={t('liveSession.releaseTitle', { name: releasing?.name ?? '' })}
          message={t('liveSession.releaseConfirm', { name: releasing?.name ?? '' })}
          confirmLabel={t('liveSession.release')}
          onConfirm={() => {
            if (releasing) void live.release(releasing.id).then((done) => setReleaseFailed(!done));
          }}
        />
        <p className={styles.note}>
          {live.revealed ? t('liveSession.revealed') : t('liveSession.blindNote')}
        </p>
        <div className={styles.row}>
          {live.revealed ? null : (
            <Button variant="primary" onPress={() => void live.reveal()}>
              {t('liveSession.reveal')}
            </Button>
          )}
          <Button
            variant="danger"
            onPress={() => {
              if (window.confirm(t('liveSession.endConfirm'))) void live.end();
            }}
          >
            {t('liveSession.end')}
          </Button>
        </div>
      </Card>
      <Card>
        <SessionRanking decision={data.decision} useCaseIds={session.useCaseIds} />
      </Card>
      {live.revealed ? (
        <Card>
          <AgreementForm useCases={sessionUseCases} onRecord={live.recordAgreement} />
        </Card>
      ) : null}
    </div>
  );
}

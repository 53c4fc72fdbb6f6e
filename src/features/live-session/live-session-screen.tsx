import { useLiveSession } from '../../data/use-live-session';
import { EmptyState } from '../../ui/page-header';
import { NotReady, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { SessionPanel } from './session-panel';
import { StartPanel } from './start-panel';

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

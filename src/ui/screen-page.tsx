import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormatters } from './format';
import { PageHeader } from './page-header';

/**
 * What a workspace's screen starts from: the translation function, numbers and dates in the UI
 * language, and the workspace of the route ('' outside one).
 */
export function useWorkspaceScreen() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const { workspaceId = '' } = useParams();
  return { t, i18n, f, workspaceId };
}

/** "Loading…" while a live query has not answered yet. */
export function Loading() {
  const { t } = useTranslation();
  return <p aria-busy="true">{t('common.loading')}</p>;
}

/**
 * What a screen shows before its data is there: "Loading…" while the live query has not answered
 * (undefined), then `missing` when the workspace or record does not exist (null; nothing unless
 * given).
 */
export function NotReady({
  data,
  missing = null,
}: {
  data: null | undefined;
  missing?: ReactNode;
}) {
  return data === undefined ? <Loading /> : missing;
}

interface ScreenPageProps {
  /** The page's heading (its h1, which also names the document). */
  title: string;
  lead?: string;
  /** Buttons beside the heading (left out of the projector view's editing chrome). */
  actions?: ReactNode;
  className?: string;
  /** The heading is not printed: the printed page (a map, a timeline) has its own. */
  headerNotPrinted?: boolean;
  children?: ReactNode;
}

/** A screen: its heading (title, lead, actions) above its content. */
export function ScreenPage({
  title,
  lead,
  actions,
  className,
  headerNotPrinted = false,
  children,
}: ScreenPageProps) {
  const header = <PageHeader title={title} lead={lead} actions={actions} />;
  return (
    <div className={className}>
      {headerNotPrinted ? <div data-no-print="">{header}</div> : header}
      {children}
    </div>
  );
}

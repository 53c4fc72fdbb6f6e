import type { ComponentType } from 'react';
import type { WorkspaceRead } from '../data/workspace-queries';

type ScreenModule = Promise<{ default: ComponentType }>;

export interface Screen {
  /** Path under /w/:workspaceId/ */
  path: string;
  /** Translation key of its name in the side navigation. */
  labelKey: string;
  load: () => ScreenModule;
  /** Shown in the side navigation once the screen is built. */
  ready: boolean;
  /** What it reads besides its workspace: started while its code loads. */
  reads?: readonly WorkspaceRead[];
  /** The screen it belongs to: shown under it, indented, in the side navigation. */
  parent?: string;
}

/** A built screen (ready), named in the side navigation by `nav.<label>` (label: its path). */
function screen(
  path: string,
  load: () => ScreenModule,
  more: Pick<Screen, 'reads' | 'parent'> & { label?: string } = {},
): Screen {
  const { label = path, ...rest } = more;
  return { path, labelKey: `nav.${label}`, load, ready: true, ...rest };
}

const DISCOVERY = { reads: ['discoveryRecords'] } as const satisfies Pick<Screen, 'reads'>;
const RANKING = { reads: ['rankingRecords'] } as const satisfies Pick<Screen, 'reads'>;

/** The screens of a workspace, in the order of the workshop flow (PRODUCT.md "Screens"). */
export const SCREENS: readonly Screen[] = [
  screen('workshop', () => import('../features/workshop/workshop-screen')),
  screen('framing', () => import('../features/framing/framing-screen')),
  screen('participants', () => import('../features/framing/participants-screen'), {
    parent: 'framing',
  }),
  screen('workflows', () => import('../features/workflows/workflows-screen'), DISCOVERY),
  screen('journey', () => import('../features/journey/journey-screen'), DISCOVERY),
  screen('coverage', () => import('../features/coverage/coverage-screen'), DISCOVERY),
  screen('use-cases', () => import('../features/use-cases/use-case-list-screen'), {
    label: 'useCases',
    ...RANKING,
  }),
  screen('scoring', () => import('../features/group-scoring/group-scoring-screen'), {
    reads: ['rankingRecords', 'participants'],
  }),
  screen('live', () => import('../features/live-session/live-session-screen'), {
    label: 'liveSession',
  }),
  screen('matrix', () => import('../features/matrix/matrix-screen'), {
    reads: ['rankingRecords', 'workflowAnchors'],
  }),
  screen('ranking', () => import('../features/ranking/ranking-screen'), RANKING),
  screen('weights', () => import('../features/weights/weights-screen'), RANKING),
  screen('roadmap', () => import('../features/roadmap/roadmap-screen'), RANKING),
  screen('portfolio', () => import('../features/portfolio/portfolio-screen'), RANKING),
  screen('exceptions', () => import('../features/exceptions/exceptions-screen'), RANKING),
  screen('audit', () => import('../features/audit/audit-screen')),
  screen('changes', () => import('../features/snapshots/changes-screen'), RANKING),
  screen('delivered', () => import('../features/reviews/delivered-screen'), RANKING),
  screen('export', () => import('../features/exchange/export-screen')),
  screen('method', () => import('../features/method/method-screen')),
];

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

/** A built screen (ready), named in the side navigation by the key `nav.<label>`. */
function screen(
  path: string,
  label: string,
  load: () => ScreenModule,
  more: Pick<Screen, 'reads' | 'parent'> = {},
): Screen {
  return { path, labelKey: `nav.${label}`, load, ready: true, ...more };
}

/** The screens of a workspace, in the order of the workshop flow (PRODUCT.md "Screens"). */
export const SCREENS: readonly Screen[] = [
  screen('workshop', 'workshop', () => import('../features/workshop/workshop-screen')),
  screen('framing', 'framing', () => import('../features/framing/framing-screen')),
  screen('participants', 'participants', () => import('../features/framing/participants-screen'), {
    parent: 'framing',
  }),
  screen('workflows', 'workflows', () => import('../features/workflows/workflows-screen'), {
    reads: ['discoveryRecords'],
  }),
  screen('journey', 'journey', () => import('../features/journey/journey-screen'), {
    reads: ['discoveryRecords'],
  }),
  screen('coverage', 'coverage', () => import('../features/coverage/coverage-screen'), {
    reads: ['discoveryRecords'],
  }),
  screen('use-cases', 'useCases', () => import('../features/use-cases/use-case-list-screen'), {
    reads: ['rankingRecords'],
  }),
  screen('scoring', 'scoring', () => import('../features/group-scoring/group-scoring-screen')),
  screen('live', 'liveSession', () => import('../features/live-session/live-session-screen')),
  screen('matrix', 'matrix', () => import('../features/matrix/matrix-screen'), {
    reads: ['rankingRecords', 'workflowAnchors'],
  }),
  screen('ranking', 'ranking', () => import('../features/ranking/ranking-screen'), {
    reads: ['rankingRecords'],
  }),
  screen('weights', 'weights', () => import('../features/weights/weights-screen'), {
    reads: ['rankingRecords'],
  }),
  screen('roadmap', 'roadmap', () => import('../features/roadmap/roadmap-screen')),
  screen('portfolio', 'portfolio', () => import('../features/portfolio/portfolio-screen'), {
    reads: ['rankingRecords'],
  }),
  screen('exceptions', 'exceptions', () => import('../features/exceptions/exceptions-screen'), {
    reads: ['rankingRecords'],
  }),
  screen('audit', 'audit', () => import('../features/audit/audit-screen')),
  screen('changes', 'changes', () => import('../features/snapshots/changes-screen')),
  screen('delivered', 'delivered', () => import('../features/reviews/delivered-screen')),
  screen('export', 'export', () => import('../features/exchange/export-screen')),
  screen('method', 'method', () => import('../features/method/method-screen')),
];

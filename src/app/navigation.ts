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

/** The screens of a workspace, in the order of the workshop flow (PRODUCT.md "Screens"). */
export const SCREENS: readonly Screen[] = [
  {
    path: 'workshop',
    labelKey: 'nav.workshop',
    load: () => import('../features/workshop/workshop-screen'),
    ready: true,
  },
  {
    path: 'framing',
    labelKey: 'nav.framing',
    load: () => import('../features/framing/framing-screen'),
    ready: true,
  },
  {
    path: 'participants',
    labelKey: 'nav.participants',
    load: () => import('../features/framing/participants-screen'),
    ready: true,
    parent: 'framing',
  },
  {
    path: 'workflows',
    labelKey: 'nav.workflows',
    load: () => import('../features/workflows/workflows-screen'),
    ready: true,
    reads: ['discoveryRecords'],
  },
  {
    path: 'journey',
    labelKey: 'nav.journey',
    load: () => import('../features/journey/journey-screen'),
    ready: true,
    reads: ['discoveryRecords'],
  },
  {
    path: 'coverage',
    labelKey: 'nav.coverage',
    load: () => import('../features/coverage/coverage-screen'),
    ready: true,
    reads: ['discoveryRecords'],
  },
  {
    path: 'use-cases',
    labelKey: 'nav.useCases',
    load: () => import('../features/use-cases/use-case-list-screen'),
    ready: true,
    reads: ['rankingRecords'],
  },
  {
    path: 'scoring',
    labelKey: 'nav.scoring',
    load: () => import('../features/group-scoring/group-scoring-screen'),
    ready: true,
  },
  {
    path: 'live',
    labelKey: 'nav.liveSession',
    load: () => import('../features/live-session/live-session-screen'),
    ready: true,
  },
  {
    path: 'matrix',
    labelKey: 'nav.matrix',
    load: () => import('../features/matrix/matrix-screen'),
    ready: true,
    reads: ['rankingRecords', 'workflowAnchors'],
  },
  {
    path: 'ranking',
    labelKey: 'nav.ranking',
    load: () => import('../features/ranking/ranking-screen'),
    ready: true,
    reads: ['rankingRecords'],
  },
  {
    path: 'weights',
    labelKey: 'nav.weights',
    load: () => import('../features/weights/weights-screen'),
    ready: true,
    reads: ['rankingRecords'],
  },
  {
    path: 'roadmap',
    labelKey: 'nav.roadmap',
    load: () => import('../features/roadmap/roadmap-screen'),
    ready: true,
  },
  {
    path: 'portfolio',
    labelKey: 'nav.portfolio',
    load: () => import('../features/portfolio/portfolio-screen'),
    ready: true,
    reads: ['rankingRecords'],
  },
  {
    path: 'exceptions',
    labelKey: 'nav.exceptions',
    load: () => import('../features/exceptions/exceptions-screen'),
    ready: true,
    reads: ['rankingRecords'],
  },
  {
    path: 'audit',
    labelKey: 'nav.audit',
    load: () => import('../features/audit/audit-screen'),
    ready: true,
  },
  {
    path: 'changes',
    labelKey: 'nav.changes',
    load: () => import('../features/snapshots/changes-screen'),
    ready: true,
  },
  {
    path: 'delivered',
    labelKey: 'nav.delivered',
    load: () => import('../features/reviews/delivered-screen'),
    ready: true,
  },
  {
    path: 'export',
    labelKey: 'nav.export',
    load: () => import('../features/exchange/export-screen'),
    ready: true,
  },
  {
    path: 'method',
    labelKey: 'nav.method',
    load: () => import('../features/method/method-screen'),
    ready: true,
  },
];

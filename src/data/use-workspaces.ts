/** One workspace (shared with every reader of it, and started early by the workspace route). */
export { useWorkspace } from './workspace-queries';

// The list of workspaces is in ./workspace-list (without Dexie, for the first screen).

import { useWorkspace } from '../data/use-workspaces';
import styles from './shell.module.css';

/** The open workspace's name in the header (loaded with the first workspace screen). */
export default function WorkspaceName({ workspaceId }: { workspaceId: string }) {
  const workspace = useWorkspace(workspaceId);
  if (!workspace) return null;
  return (
    <span className={styles.workspaceName} title={workspace.name}>
      {workspace.name}
    </span>
  );
}

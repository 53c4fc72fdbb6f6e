/** "Last backup: N days / M changes ago" in the header: not built yet. */
export function BackupStatus() {
  return null;
}

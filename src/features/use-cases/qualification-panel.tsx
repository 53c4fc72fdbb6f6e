import type { UseCasePanelProps } from './use-case-panel-props';

/** Qualification (SCORING.md section 12): not built yet; its tab stays hidden (use-case-page.tsx). */
export function QualificationPanel(props: UseCasePanelProps) {
  void props;
  return null;
}

import type { UseCasePanelProps } from './use-case-panel-props';

/** The one-page business case: not built yet; its tab stays hidden (use-case-page.tsx). */
export function BusinessCasePanel(props: UseCasePanelProps) {
  void props;
  return null;
}

import { useTranslation } from 'react-i18next';
import type { WaveDraft } from '../../domain/roadmap/roadmap-inputs';
import { defaultWaves, type RoadmapMode } from '../../domain/roadmap/waves';

/** Today as YYYY-MM-DD in the person's time zone. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The default waves of a mode, named in the UI language (the domain gives message keys). */
export function useDefaultWaveDrafts(): (mode: RoadmapMode) => WaveDraft[] {
  const { t } = useTranslation();
  return (mode) =>
    defaultWaves(mode, today()).map((w) => ({
      name: t(w.nameKey, w.nameParams),
      capacity: null,
      startDate: w.startDate,
      endDate: w.endDate,
    }));
}

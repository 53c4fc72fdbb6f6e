import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useChangeContext } from '../../data/use-actor';
import type { RoadmapView } from '../../data/use-roadmap';
import { database } from '../../db/database';
import {
  createWaves,
  deleteWave,
  setRoadmapMode,
  updateWave,
} from '../../db/repositories/roadmap-waves';
import type { RoadmapMode } from '../../domain/roadmap/waves';
import type { Wave } from '../../domain/schema/roadmap';
import { closedBy, type OpenDialogProps } from '../../ui/form-dialog';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { AppDialog, DialogActions } from '../../ui/dialog';
import { useDefaultWaveDrafts } from './wave-drafts';
import { WaveRow } from './wave-row';
import styles from './roadmap.module.css';

interface Props extends OpenDialogProps {
  data: RoadmapView;
}

/** The workspace setting waves / quarters, and each wave's name, capacity and dates. */
export function WaveSettingsDialog({ data, isOpen, onOpenChange }: Props) {
  const { t } = useTranslation();
  const context = useChangeContext();
  const draftsOf = useDefaultWaveDrafts();
  const [mode, setMode] = useState<RoadmapMode | null>(null);
  const [deleting, setDeleting] = useState<Wave | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const db = database();

  return (
    <>
      <AppDialog
        isOpen={isOpen}
        onOpenChange={onOpenChange}
        title={t('roadmap.settings.title')}
        wide
      >
        <RadioGroup
          className={styles.modes}
          value={data.workspace.roadmapMode}
          onChange={(value) => setMode(value === 'quarters' ? 'quarters' : 'waves')}
        >
          <Label className={styles.modesLabel}>{t('roadmap.settings.mode')}</Label>
          <Radio value="waves" className={styles.mode}>
            {t('roadmap.settings.modeWaves')}
          </Radio>
          <Radio value="quarters" className={styles.mode}>
            {t('roadmap.settings.modeQuarters')}
          </Radio>
        </RadioGroup>
        <p className={styles.hint}>{t('roadmap.settings.capacityHint')}</p>
        {data.waves.map((wave) => (
          <WaveRow
            key={`${wave.id}-${data.workspace.roadmapMode}`}
            wave={wave}
            onSave={async (draft) => {
              setSaved(null);
              await updateWave(db, context(), wave.id, draft);
              setSaved(draft.name.trim());
            }}
            onDelete={() => setDeleting(wave)}
          />
        ))}
        <p aria-live="polite" className={styles.saved}>
          {saved ? t('roadmap.settings.saved', { wave: saved }) : ''}
        </p>
        <DialogActions>
          <Button
            onPress={() =>
              void createWaves(db, context(), data.workspace.id, [
                {
                  name: t('roadmap.settings.newWave', { number: data.waves.length + 1 }),
                  capacity: null,
                  startDate: null,
                  endDate: null,
                },
              ])
            }
          >
            {t('roadmap.settings.addWave')}
          </Button>
          <Button variant="primary" onPress={() => onOpenChange(false)}>
            {t('roadmap.settings.close')}
          </Button>
        </DialogActions>
      </AppDialog>
      <ConfirmDialog
        isOpen={mode !== null}
        onOpenChange={(open) => {
          if (!open) setMode(null);
        }}
        title={t('roadmap.settings.switchTitle')}
        message={t(
          mode === 'quarters'
            ? 'roadmap.settings.switchToQuarters'
            : 'roadmap.settings.switchToWaves',
        )}
        confirmLabel={t('roadmap.settings.switch')}
        onConfirm={() => {
          if (mode)
            void setRoadmapMode(
              db,
              context(),
              data.workspace.id,
              mode,
              draftsOf(mode).map(({ name, startDate, endDate }) => ({ name, startDate, endDate })),
            );
        }}
      />
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={closedBy(() => setDeleting(null))}
        title={t('roadmap.settings.deleteTitle')}
        message={t('roadmap.settings.deleteMessage', { wave: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        onConfirm={() => {
          if (deleting) void deleteWave(db, context(), deleting.id);
        }}
      />
    </>
  );
}

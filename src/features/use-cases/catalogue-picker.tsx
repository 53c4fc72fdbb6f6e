import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { createUseCase } from '../../db/repositories/use-cases';
import {
  SECTORS,
  sectorCatalogue,
  type Sector,
  type SectorEntry,
} from '../../domain/catalogue/sector-catalogue';
import { foldText, matchesQuery } from '../../domain/search/fold-text';
import { currentLanguage } from '../../i18n/i18n';
import { Button } from '../../ui/button';
import { AppDialog, DialogActions } from '../../ui/dialog';
import { useToast } from '../../ui/toast';
import styles from './use-cases.module.css';

const ALL = 'all';

/**
 * "Add from the catalogue": the sector catalogues (insurance, banking, public services, retail,
 * industry) in the UI language, filtered by sector and searched; the use cases ticked are
 * created through the repository as ideas, tagged with their sector.
 */
export function CataloguePicker({
  isOpen,
  onOpenChange,
  workspaceId,
  existingTitles,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  workspaceId: string;
  /** Titles already in the workspace: those entries are shown as added. */
  existingTitles: readonly string[];
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const [sector, setSector] = useState<Sector | typeof ALL>(ALL);
  const [query, setQuery] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const language = currentLanguage();
  const entries = sectorCatalogue(language);
  const present = useMemo(() => new Set(existingTitles.map(foldText)), [existingTitles]);
  const shown = entries.filter(
    (e) =>
      (sector === ALL || e.sector === sector) &&
      matchesQuery(query, [e.title, e.description, t(`catalogue.sector.${e.sector}`)]),
  );
  const keyOf = (e: SectorEntry) => `${e.sector}/${e.id}`;
  const chosen = entries.filter((e) => ticked.has(keyOf(e)));

  const close = () => {
    setTicked(new Set());
    onOpenChange(false);
  };
  const add = async () => {
    setBusy(true);
    try {
      for (const e of chosen)
        await createUseCase(database(), change(), workspaceId, {
          title: e.title,
          description: e.description,
          scope: e.scope,
          owner: '',
          status: 'idea',
          tags: [t(`catalogue.sector.${e.sector}`)],
        });
      toast({ message: t('catalogue.added', { count: chosen.length }) });
      close();
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppDialog
      isOpen={isOpen}
      onOpenChange={(open) => (open ? onOpenChange(true) : close())}
      title={t('catalogue.title')}
      wide
    >
      <p className={styles.pickerLead}>{t('catalogue.lead')}</p>
      <div className={styles.toolbar}>
        <label className={styles.pickerFilter}>
          <span>{t('catalogue.sectorLabel')}</span>
          <select value={sector} onChange={(e) => setSector(e.target.value as Sector | typeof ALL)}>
            <option value={ALL}>{t('catalogue.allSectors')}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`catalogue.sector.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.pickerFilter}>
          <span>{t('catalogue.search')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <span aria-live="polite">{t('catalogue.shown', { count: shown.length })}</span>
      </div>
      <ul className={styles.picker} aria-label={t('catalogue.listLabel')}>
        {shown.map((e) => {
          const added = present.has(foldText(e.title));
          const key = keyOf(e);
          return (
            <li key={key}>
              <label>
                <input
                  type="checkbox"
                  disabled={added}
                  checked={added || ticked.has(key)}
                  onChange={(ev) =>
                    setTicked((old) => {
                      const next = new Set(old);
                      if (ev.target.checked) next.add(key);
                      else next.delete(key);
                      return next;
                    })
                  }
                />
                <span>
                  <strong>{e.title}</strong>
                  <span className={styles.pickerFacts}>
                    {' '}
                    · {t(`catalogue.sector.${e.sector}`)} · {t(`scope.${e.scope}`)}
                    {added ? ` · ${t('catalogue.alreadyAdded')}` : ''}
                  </span>
                  <span className={styles.pickerDescription}>{e.description}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 ? <p>{t('catalogue.none')}</p> : null}
      <DialogActions>
        <Button onPress={close}>{t('common.cancel')}</Button>
        <Button
          variant="primary"
          isDisabled={busy || chosen.length === 0}
          onPress={() => void add()}
        >
          {t('catalogue.add', { count: chosen.length })}
        </Button>
      </DialogActions>
    </AppDialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../domain/catalogue/catalogue-entry';
import type { Language } from '../domain/schema/common';
import { Button } from './button';
import { AppDialog, DialogActions } from './dialog';
import styles from './discovery.module.css';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  stepName: string;
  entries: readonly CatalogueEntry[];
  language: Language;
  onAdd: (entry: CatalogueEntry) => Promise<void>;
}

/** "Suggest from catalogue": the starter use cases that fit a step; one click adds a copy. */
export function CatalogueDialog(props: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <AppDialog
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      title={t('workflows.catalogueTitle', { step: props.stepName })}
      wide
    >
      <p className={styles.muted}>{t('workflows.catalogueLead')}</p>
      {props.entries.length === 0 ? <p>{t('workflows.catalogueEmpty')}</p> : null}
      <ul className={styles.catalogue}>
        {props.entries.map((entry) => {
          const text = entry[props.language];
          return (
            <li key={entry.id}>
              <div>
                <strong>{text.title}</strong>
                <p>{text.description}</p>
              </div>
              <Button
                small
                variant="primary"
                isDisabled={busy}
                aria-label={t('workflows.addFromCatalogue', { title: text.title })}
                onPress={() => {
                  setBusy(true);
                  void props.onAdd(entry).finally(() => {
                    setBusy(false);
                    props.onOpenChange(false);
                  });
                }}
              >
                {t('workflows.add')}
              </Button>
            </li>
          );
        })}
      </ul>
      <DialogActions>
        <Button onPress={() => props.onOpenChange(false)}>{t('workflows.close')}</Button>
      </DialogActions>
    </AppDialog>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refuse, type ImportProblem, type Parsed } from '../../domain/exchange/import-problem';
import { buttonClass } from '../../ui/button-class';
import type { OpenedImport } from './off-thread';
import styles from './exchange.module.css';

interface Props {
  label: string;
  accept: string;
  onRead: (file: OpenedImport, name: string) => void;
  onProblem: (problem: ImportProblem | null) => void;
}

/**
 * A file input that refuses files over their limit (a backup's, a list's) before reading, then reads and checks the file.
 * The native input stays (keyboard, screen readers, tests) but is visually hidden: its button
 * and "no file chosen" would be in the browser's language, so ours are shown instead.
 */
export function ChooseFile({ label, accept, onRead, onProblem }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [reading, setReading] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const read = async (file: File) => {
    onProblem(null);
    setFileName(file.name);
    // The file readers (and their schemas) load with the first file, not with the page.
    const { sizeLimitOf } = await import('./read-import-file');
    const limit = sizeLimitOf(file.name);
    let result: Parsed<OpenedImport>;
    if (file.size > limit.bytes) {
      result = refuse('exchange.problem.fileTooLarge', '', { megabytes: limit.megabytes });
    } else {
      setReading(true);
      const { openFileOffThread } = await import('./off-thread');
      result = await openFileOffThread(file.name, file);
      setReading(false);
    }
    if (result.ok) onRead(result.value, file.name);
    else onProblem(result.problem);
  };
  return (
    <div className={styles.file}>
      <label htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <div className={styles.fileRow}>
        <input
          id={id}
          type="file"
          className={`visually-hidden ${styles.fileInput}`}
          accept={accept}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-name`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void read(file);
          }}
        />
        {/* A second label of the same input: a click opens the browser's file chooser. */}
        <label htmlFor={id} className={`${buttonClass()} ${styles.fileButton}`} aria-hidden="true">
          {t('exchange.chooseFile')}
        </label>
        <span id={`${id}-name`} className={styles.fileName}>
          {fileName ?? t('exchange.noFileChosen')}
        </span>
        {reading ? <span className={styles.muted}>{t('exchange.reading')}</span> : null}
      </div>
    </div>
  );
}

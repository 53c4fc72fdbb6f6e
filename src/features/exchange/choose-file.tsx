import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refuse, type ImportProblem, type Parsed } from '../../domain/exchange/import-problem';
import type { ImportFile } from './read-import-file';
import { MAX_BACKUP_BYTES } from '../../domain/exchange/backup-format';
import styles from './exchange.module.css';

interface Props {
  label: string;
  accept: string;
  onRead: (file: ImportFile, name: string) => void;
  onProblem: (problem: ImportProblem | null) => void;
}

/** A file input that refuses files over 50 MB before reading, then reads and checks the file. */
export function ChooseFile({ label, accept, onRead, onProblem }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [reading, setReading] = useState(false);
  const read = async (file: File) => {
    onProblem(null);
    let result: Parsed<ImportFile>;
    if (file.size > MAX_BACKUP_BYTES) {
      result = refuse('exchange.problem.fileTooLarge', '', { megabytes: 50 });
    } else {
      setReading(true);
      const { readImportFile } = await import('./read-import-file');
      result = await readImportFile(file.name, await file.arrayBuffer());
      setReading(false);
    }
    if (result.ok) onRead(result.value, file.name);
    else onProblem(result.problem);
  };
  return (
    <div className={styles.file}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {reading ? <span className={styles.muted}>{t('exchange.reading')}</span> : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../domain/exchange/import-problem';
import styles from './exchange.module.css';

/** A refused file, phrased: what is wrong, and where in the file. */
export function ProblemMessage({ problem }: { problem: ImportProblem }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={styles.problem}>
      <p>{t('exchange.refused', { message: t(problem.key, problem.params ?? {}) })}</p>
      {problem.path ? (
        <p className={styles.path}>{t('exchange.where', { path: problem.path })}</p>
      ) : null}
    </div>
  );
}

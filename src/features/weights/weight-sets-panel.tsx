import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import {
  applyWeightSet,
  createWeightSet,
  deleteWeightSet,
  renameWeightSet,
} from '../../db/repositories/weight-sets';
import type { DecisionInput } from '../../domain/decision/decide-workspace';
import type { WeightSet } from '../../domain/schema/weight-set';
import type { Workspace } from '../../domain/schema/workspace';
import type { PairwiseJudgment } from '../../domain/weights/ahp';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { NameFormDialog } from '../../ui/name-form-dialog';
import { SmallActions, type SmallAction } from '../../ui/small-actions';
import { useToast } from '../../ui/toast';
import { WeightSetComparison } from './weight-set-comparison';
import { errorKeyOf } from '../../ui/field-error';
import styles from './weights.module.css';

const SET_ACTIONS: readonly SmallAction<'apply' | 'rename' | 'delete'>[] = [
  { on: 'apply', label: 'weights.apply', name: 'weights.applySet' },
  { on: 'rename', label: 'weights.rename', name: 'weights.renameSet' },
  { on: 'delete', label: 'common.delete', name: 'weights.deleteSet', variant: 'quiet' },
];

interface Props {
  workspace: Workspace;
  sets: readonly WeightSet[];
  input: DecisionInput;
  /** Judgments of the pairwise questionnaire last applied (saved with the set), if any. */
  judgments: PairwiseJudgment[];
}

/** Named weight sets: save the current weights, apply, rename, delete, compare two. */
export function WeightSetsPanel({ workspace, sets, input, judgments }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const newContext = useChangeContext();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<WeightSet | null>(null);
  const [deleting, setDeleting] = useState<WeightSet | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await createWeightSet(database(), newContext(), workspace.id, {
        name,
        weights: workspace.weights,
        judgments,
      });
      toast({ message: t('weights.setSaved', { name: name.trim() }) });
      setName('');
      setError(null);
    } catch (err) {
      setError(errorKeyOf(err));
    }
  };
  const apply = async (set: WeightSet) => {
    await applyWeightSet(database(), newContext(), set.id);
    toast({ message: t('weights.setApplied', { name: set.name }) });
  };

  return (
    <div>
      <form className={styles.saveForm} onSubmit={(e) => void save(e)}>
        <div className={styles.field}>
          <label htmlFor="weight-set-name">{t('weights.setName')}</label>
          <input
            id="weight-set-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'weight-set-error' : 'weight-set-hint'}
          />
          <span id="weight-set-hint" className={styles.hint}>
            {t('weights.setNameHint')}
          </span>
          {error ? (
            <span id="weight-set-error" role="alert" className={styles.error}>
              {t(error)}
            </span>
          ) : null}
        </div>
        <Button type="submit" variant="primary">
          {t('weights.saveSet')}
        </Button>
      </form>
      {sets.length === 0 ? (
        <p className={styles.hint}>{t('weights.noSets')}</p>
      ) : (
        <ul className={styles.sets} aria-label={t('weights.setsLabel')}>
          {sets.map((set) => (
            <li key={set.id}>
              <span className={styles.setName}>{set.name}</span>
              <span className={styles.hint}>
                {set.judgments.length > 0 ? t('weights.fromPairs') : t('weights.typed')}
              </span>
              <span className={styles.setActions}>
                <SmallActions
                  actions={SET_ACTIONS}
                  names={{ name: set.name }}
                  onAction={(action) => {
                    if (action === 'apply') void apply(set);
                    else if (action === 'rename') setRenaming(set);
                    else setDeleting(set);
                  }}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
      <WeightSetComparison workspace={workspace} sets={sets} input={input} />
      <NameFormDialog
        isOpen={renaming !== null}
        onOpenChange={(open) => !open && setRenaming(null)}
        title={t('weights.renameTitle')}
        nameLabel={t('weights.setName')}
        initial={{ name: renaming?.name ?? '' }}
        onSubmit={async ({ name: newName }) => {
          if (renaming) await renameWeightSet(database(), newContext(), renaming.id, newName);
        }}
      />
      <ConfirmDialog
        isOpen={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={t('weights.deleteTitle')}
        message={t('weights.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        onConfirm={() => {
          if (deleting) void deleteWeightSet(database(), newContext(), deleting.id);
        }}
      />
    </div>
  );
}

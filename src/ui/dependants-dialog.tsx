import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dependantsOf,
  moveTargetsOf,
  type DependantRecords,
  type DependantTarget,
} from '../domain/dependants/dependants';
import {
  CHOICES_OF,
  type RecordChange,
  type RemovalChoice,
} from '../domain/dependants/removal-plan';
import { Button } from './button';
import { AppDialog, DialogActions } from './dialog';
import { useToast } from './toast';
import styles from './dependants-dialog.module.css';

interface Props {
  /** "Delete the step “Receive invoices”?" */
  title: string;
  /** Its name, for the notice that offers Undo. */
  name: string;
  target: DependantTarget;
  records: DependantRecords;
  onRemove: (choice: RemovalChoice) => Promise<RecordChange[]>;
  onUndo: (changes: RecordChange[]) => Promise<void>;
  onClose: () => void;
}

/**
 * Removing something others depend on: says what depends on it (counts, first names), offers
 * to move them to another record of the kind, to remove them too (or keep a person's scores),
 * or to cancel; then a notice offers Undo, which restores exactly what was changed.
 */
export function DependantsDialog({ title, name, target, records, ...props }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const groups = dependantsOf(target, records);
  const targets = moveTargetsOf(target, records);
  const kinds = CHOICES_OF[target.kind].filter((k) => k !== 'move' || targets.length > 0);
  const [kind, setKind] = useState<RemovalChoice['kind']>(kinds[0] ?? 'remove');
  const [to, setTo] = useState(targets[0]?.id ?? '');
  // The row's own verb: a step or workflow is deleted, a department, KPI or person removed.
  const verb = target.kind === 'step' || target.kind === 'workflow' ? 'delete' : 'remove';
  const remove = async () => {
    const choice: RemovalChoice = kind === 'move' ? { kind, to } : { kind };
    const changes = await props.onRemove(choice);
    props.onClose();
    const undo = () =>
      props.onUndo(changes).then(
        () => toast({ message: t('dependants.undone', { name }) }),
        () => toast({ message: t('dependants.undoRefused') }),
      );
    toast({
      message: t(`dependants.removed.${verb}`, { name }),
      action: { label: t('dependants.undo'), onAction: () => void undo() },
      durationMs: 15000,
    });
  };
  return (
    <AppDialog
      isOpen
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
      title={title}
      role="alertdialog"
    >
      {groups.length === 0 ? (
        <p>{t('dependants.nothing')}</p>
      ) : (
        <>
          <p>{t('dependants.lead')}</p>
          <ul>
            {groups.map((g) => (
              <li key={g.list}>
                {t('dependants.group', {
                  what: t(`dependants.list.${g.list}`, { count: g.count }),
                  names: g.names.join(', '),
                })}
                {g.count > g.names.length
                  ? ` ${t('dependants.andMore', { count: g.count - g.names.length })}`
                  : null}
              </li>
            ))}
          </ul>
          <fieldset className={styles.choices}>
            <legend>{t('dependants.question')}</legend>
            {kinds.map((k) => (
              <div key={k} className={styles.choice}>
                <input
                  type="radio"
                  id={`${id}-${k}`}
                  name={`${id}-choice`}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                <label htmlFor={`${id}-${k}`}>{t(`dependants.choice.${k}.${target.kind}`)}</label>
                {k === 'move' ? (
                  <select
                    aria-label={t('dependants.moveTo')}
                    value={to}
                    disabled={kind !== 'move'}
                    onChange={(e) => setTo(e.target.value)}
                  >
                    {targets.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.name}
                      </option>
                    ))}
                  </select>
                ) : null}
              </div>
            ))}
          </fieldset>
        </>
      )}
      <DialogActions>
        <Button autoFocus onPress={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button variant="danger" onPress={() => void remove()}>
          {t(`dependants.confirm.${verb}`)}
        </Button>
      </DialogActions>
    </AppDialog>
  );
}

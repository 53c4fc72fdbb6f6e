import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState, type ReactNode } from 'react';
import {
  useForm,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form';
import type * as z from 'zod';
import { useTranslation } from 'react-i18next';
import { StaleWriteError } from '../domain/conflicts/stale-write';
import { Button } from './button';
import { AppDialog, DialogActions } from './dialog';
import { StaleWritePanel } from './stale-write-panel';
import { conflictRows, unchanged, type ConflictRow } from './stale-write-rows';

/**
 * A dialog editing a stored record, guarded against another tab's save: `seen` is the record (or
 * the fields the dialog edits) as the dialog opened it (useRecordAsOpened), given back to the
 * save, whose repository refuses it (StaleWriteError) when the record changed since.
 */
export interface StaleGuard<Input, R> {
  seen: R;
  /** The form's values of a version of the record (to show the other tab's field by field). */
  toForm: (record: R) => Input;
}

/** Whether a dialog is open, and how it says that it closes. */
export interface OpenDialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** What every edit dialog receives: the values it starts from, and what to do with the result. */
export interface EditDialogProps<Input, Output, R = never> extends OpenDialogProps {
  title: string;
  initial: Input;
  /** Called with the parsed values; the dialog closes once it has resolved. */
  onSubmit: (values: Output, seen?: R) => Promise<void>;
  stale?: StaleGuard<Input, R>;
}

/**
 * The form of an edit dialog: validated by the schema on submit, starting from `initial` (and
 * following it when the dialog is opened again on other values).
 */
export function useEditForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  initial: Input,
): UseFormReturn<Input, unknown, Output> {
  return useForm<Input, unknown, Output>({ resolver: zodResolver(schema), values: initial });
}

interface Props<Input extends FieldValues, Output extends FieldValues, R> {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /**
   * Called with the parsed values (and, with `stale`, the version of the record they replace);
   * the dialog closes once it has resolved, unless it resolves to `false` (a refusal the dialog
   * shows next to a field, for instance).
   */
  onSubmit: (values: Output, seen?: R) => Promise<void | boolean>;
  stale?: StaleGuard<Input, R> | undefined;
  wide?: boolean;
  /** The form (react-hook-form with its zod resolver) whose fields are the children. */
  form: UseFormReturn<Input, unknown, Output>;
  children: ReactNode;
  /** The submit button's words ("Save" unless told) and look (a withdrawal is "danger"). */
  submitLabel?: string;
  submitVariant?: 'primary' | 'danger';
  /** A class for the form element (a layout of the fields). */
  className?: string;
}

/** Another tab's version met on saving, and the person's values that were refused. */
interface Conflict<Output, R> {
  theirs: R | null;
  mine: Output;
  rows: ConflictRow[] | null;
}

/**
 * The shell of every edit dialog: a form validated on submit, Cancel and a submit button that is
 * disabled while the submit is pending; unsaved changes ask before being discarded. With `stale`,
 * a save over another tab's change shows both versions and lets the person choose: keep theirs,
 * overwrite with theirs, or go on editing (the fields they left take the other tab's values).
 */
export function FormDialog<Input extends FieldValues, Output extends FieldValues, R = never>(
  props: Props<Input, Output, R>,
) {
  const { t } = useTranslation();
  const formId = useId();
  const [conflict, setConflict] = useState<Conflict<Output, R> | null>(null);
  const [pending, setPending] = useState(false);
  // The other tab's version the person chose to go on editing from: what the next save replaces.
  const [acknowledged, setAcknowledged] = useState<{ open: boolean; theirs?: R }>({
    open: props.isOpen,
  });
  if (acknowledged.open !== props.isOpen) {
    setAcknowledged({ open: props.isOpen });
    setConflict(null);
  }
  const seen = 'theirs' in acknowledged ? acknowledged.theirs : props.stale?.seen;
  const { isSubmitting, isDirty } = props.form.formState;

  /** Saves; a refusal because another tab saved first becomes the conflict shown. */
  async function save(values: Output, over: R | undefined): Promise<void> {
    try {
      if ((await props.onSubmit(values, over)) !== false) props.onOpenChange(false);
      setConflict(null);
    } catch (error) {
      const guard = props.stale;
      const formElement = document.getElementById(formId);
      if (
        !(error instanceof StaleWriteError) ||
        !guard ||
        !(formElement instanceof HTMLFormElement)
      )
        throw error;
      const theirs = error.current as R | null;
      const rows =
        theirs === null
          ? null
          : conflictRows(
              formElement,
              guard.toForm(theirs),
              props.form.getValues(),
              t('staleWrite.empty'),
            );
      setConflict({ theirs, mine: values, rows });
    }
  }
  const submit = props.form.handleSubmit((values) => save(values, seen));

  const goOn = (theirs: R) => {
    const guard = props.stale;
    if (!guard) return;
    const before: Record<string, unknown> = guard.toForm(seen ?? guard.seen);
    const other: Record<string, unknown> = guard.toForm(theirs);
    const yours: Record<string, unknown> = props.form.getValues();
    for (const name of Object.keys(other)) {
      if (!unchanged(before, yours, name)) continue;
      const key = name as Path<Input>;
      props.form.setValue(key, other[name] as PathValue<Input, Path<Input>>, { shouldDirty: true });
    }
    setAcknowledged({ open: props.isOpen, theirs });
    setConflict(null);
  };

  return (
    <AppDialog
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      title={props.title}
      wide={props.wide || conflict !== null}
      isDirty={isDirty && !isSubmitting}
    >
      {conflict ? (
        <StaleWritePanel
          rows={conflict.rows}
          isPending={pending}
          onKeepTheirs={() => props.onOpenChange(false)}
          onGoOn={() => {
            if (conflict.theirs !== null) goOn(conflict.theirs);
          }}
          onOverwrite={() => {
            if (conflict.theirs === null) return;
            setPending(true);
            void save(conflict.mine, conflict.theirs).finally(() => setPending(false));
          }}
        />
      ) : null}
      <form
        id={formId}
        noValidate
        hidden={conflict !== null}
        style={conflict ? { display: 'none' } : undefined}
        className={props.className}
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        {props.children}
        <DialogActions>
          <Button onPress={() => props.onOpenChange(false)}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            variant={props.submitVariant ?? 'primary'}
            isDisabled={isSubmitting}
          >
            {props.submitLabel ?? t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </AppDialog>
  );
}

/** onOpenChange for a dialog that is shown while mounted and says when it is closed. */
export function closedBy(onClose: () => void): (open: boolean) => void {
  return (open) => {
    if (!open) onClose();
  };
}

/**
 * The submit of a dialog that records a new entry each time (a review, an arbitration): once
 * recorded, its fields are emptied for the next one.
 */
export function recordThenClear<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
  empty: Input,
  record: (values: Output) => Promise<void>,
): (values: Output) => Promise<void> {
  return async (values) => {
    await record(values);
    form.reset(empty);
  };
}

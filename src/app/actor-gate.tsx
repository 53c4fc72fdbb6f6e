import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import * as z from 'zod';
import { saveActorName, useActorName } from '../data/use-actor';
import { nameSchema } from '../domain/schema/common';
import { Button } from '../ui/button';
import { DialogActions } from '../ui/dialog';
import { TextField } from '../ui/form-field';
import uiStyles from '../ui/ui.module.css';
import styles from './shell.module.css';

const actorFormSchema = z.strictObject({ name: nameSchema });
type ActorForm = z.infer<typeof actorFormSchema>;

function ActorForm({
  initial,
  onDone,
  onCancel,
}: {
  initial: string;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ActorForm>({
    resolver: zodResolver(actorFormSchema),
    values: { name: initial },
  });
  const submit = form.handleSubmit(({ name }) => {
    saveActorName(name);
    onDone();
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        void submit(e);
      }}
    >
      <p>{t('actor.explain')}</p>
      <TextField
        label={t('actor.name')}
        hint={t('actor.hint')}
        error={form.formState.errors.name}
        registration={form.register('name')}
        autoFocus
      />
      <DialogActions>
        {onCancel ? <Button onPress={onCancel}>{t('common.cancel')}</Button> : null}
        <Button type="submit" variant="primary">
          {t('actor.confirm')}
        </Button>
      </DialogActions>
    </form>
  );
}

/**
 * Every change is signed in the audit trail: the first time, the app asks the person's name
 * (kept in this browser) before anything can be changed.
 */
export function ActorGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const actor = useActorName();
  return (
    <>
      {children}
      <ModalOverlay
        isOpen={!actor}
        isDismissable={false}
        isKeyboardDismissDisabled
        className={uiStyles.overlay}
      >
        <Modal className={uiStyles.modal}>
          <Dialog className={uiStyles.dialog} aria-labelledby="actor-title">
            <Heading slot="title" id="actor-title">
              {t('actor.welcome')}
            </Heading>
            <ActorForm initial="" onDone={() => undefined} />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}

/** The current person in the header; pressing it changes the name. */
export function ActorButton() {
  const { t } = useTranslation();
  const actor = useActorName();
  const [open, setOpen] = useState(false);
  if (!actor) return null;
  return (
    <>
      <Button
        small
        variant="quiet"
        onPress={() => setOpen(true)}
        aria-label={t('actor.change', { name: actor })}
      >
        <span className={styles.actor}>
          <svg aria-hidden="true" viewBox="0 0 16 16">
            <circle cx="8" cy="5" r="3" />
            <path d="M2 15c0-3.3 2.7-6 6-6s6 2.7 6 6z" />
          </svg>
          {actor}
        </span>
      </Button>
      <ModalOverlay isOpen={open} onOpenChange={setOpen} isDismissable className={uiStyles.overlay}>
        <Modal className={uiStyles.modal}>
          <Dialog className={uiStyles.dialog}>
            <Heading slot="title">{t('actor.changeTitle')}</Heading>
            <ActorForm
              initial={actor}
              onDone={() => setOpen(false)}
              onCancel={() => setOpen(false)}
            />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import * as z from 'zod';
import { saveActorName } from '../data/use-actor';
import { nameSchema } from '../domain/schema/common';
import { Button } from '../ui/button';
import { DialogActions } from '../ui/dialog';
import { TextField, fieldOf } from '../ui/form-field';
import uiStyles from '../ui/ui.module.css';

// The name dialogs (form, validation, React Aria's modal) are loaded only when one opens: at the
// very first start, or when the person changes their name (see actor-gate.tsx).

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
        {...fieldOf(form, 'name')}
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

/** The first start: the name is asked before anything can be changed; it cannot be dismissed. */
export function WelcomeDialog() {
  const { t } = useTranslation();
  return (
    <ModalOverlay
      isOpen
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
  );
}

/** Changing the name signed in the audit trail. */
export function ChangeNameDialog({
  actor,
  onOpenChange,
}: {
  actor: string;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <ModalOverlay isOpen onOpenChange={onOpenChange} isDismissable className={uiStyles.overlay}>
      <Modal className={uiStyles.modal}>
        <Dialog className={uiStyles.dialog}>
          <Heading slot="title">{t('actor.changeTitle')}</Heading>
          <ActorForm
            initial={actor}
            onDone={() => onOpenChange(false)}
            onCancel={() => onOpenChange(false)}
          />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import {
  addParkingItem,
  closeParkingItem,
  parkingInputSchema,
  type ParkingInput,
} from '../../db/repositories/workshops';
import type { ParkingItem } from '../../domain/schema/parking-lot';
import type { WorkshopStepId } from '../../domain/schema/workshop';
import { FormDialog } from '../../ui/form-dialog';
import { TextAreaField, TextField, fieldOf } from '../../ui/form-field';
import { ParkedRemarkList } from '../../ui/parked-remark-list';
import { useToast } from '../../ui/toast';
import styles from './workshop.module.css';

type Output = ReturnType<typeof parkingInputSchema.parse>;

/** The dialog that parks a remark, with its owner, at any moment of the workshop. */
export function ParkingDialog({
  isOpen,
  onOpenChange,
  workspaceId,
  workshopId,
  step,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  workspaceId: string;
  workshopId: string | null;
  step: WorkshopStepId | null;
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const form = useForm<ParkingInput, unknown, Output>({
    resolver: zodResolver(parkingInputSchema),
    defaultValues: { text: '', owner: '', step, workshopId },
  });
  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open) form.reset({ text: '', owner: '', step, workshopId });
        onOpenChange(open);
      }}
      title={t('workshop.parking.add')}
      form={form}
      onSubmit={async (values) => {
        await addParkingItem(database(), change(), workspaceId, { ...values, step, workshopId });
        toast({ message: t('workshop.parking.added') });
        form.reset({ text: '', owner: '', step, workshopId });
      }}
    >
      <TextAreaField label={t('workshop.parking.text')} {...fieldOf(form, 'text')} />
      <TextField
        label={t('workshop.parking.owner')}
        hint={t('workshop.parking.ownerHint')}
        {...fieldOf(form, 'owner')}
      />
    </FormDialog>
  );
}

/** The remarks parked on a workspace, open ones first, each with its owner. */
export function ParkingList({ items }: { items: readonly ParkingItem[] }) {
  const { t } = useTranslation();
  const change = useChangeContext();
  if (items.length === 0) return <p className={styles.muted}>{t('workshop.parking.empty')}</p>;
  return (
    <ParkedRemarkList
      items={items}
      onClose={(item) => void closeParkingItem(database(), change(), item.id)}
    />
  );
}

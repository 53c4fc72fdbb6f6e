import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OverrideGround } from '../../domain/roadmap/move-card';
import { overrideReasonSchema, type OverrideReason } from '../../domain/roadmap/roadmap-inputs';
import { closedBy, FormDialog } from '../../ui/form-dialog';
import { TextAreaField, TextField } from '../../ui/form-field';
import { describedFields } from '../../ui/described-field';

export interface OverrideRequest {
  title: string;
  /** Where the card goes: a wave's name, or the backlog. */
  destination: string;
  /** Where the suggestion puts it. */
  suggested: string;
  clarity: number;
  grounds: OverrideGround[];
}

interface Props {
  request: OverrideRequest | null;
  onCancel: () => void;
  onConfirm: (answer: OverrideReason) => Promise<void>;
}

const EMPTY: OverrideReason = { reason: '', owner: '' };

/** A move against the suggestion (or of an unclear use case into the first wave) asks why. */
export function OverrideDialog({ request, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const form = useForm<OverrideReason>({
    resolver: zodResolver(overrideReasonSchema),
    defaultValues: EMPTY,
  });
  const describe = describedFields(form, t, 'roadmap.override');
  // Each move asks afresh: the dialog opens empty, never with the previous move's reason or owner.
  useEffect(() => {
    if (request) form.reset(EMPTY);
  }, [request, form]);
  return (
    <FormDialog
      isOpen={request !== null}
      onOpenChange={closedBy(onCancel)}
      title={t('roadmap.override.title')}
      form={form}
      onSubmit={onConfirm}
      submitLabel={t('roadmap.override.confirm')}
    >
      {request ? (
        <>
          <p>
            {t('roadmap.override.move', {
              title: request.title,
              destination: request.destination,
            })}
          </p>
          <ul>
            {request.grounds.map((g) => (
              <li key={g}>
                {t(`roadmap.override.${g}`, {
                  suggested: request.suggested,
                  filled: request.clarity,
                })}
              </li>
            ))}
          </ul>
          <TextAreaField {...describe('reason')} />
          <TextField {...describe('owner')} />
        </>
      ) : null}
    </FormDialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveAgreement } from '../../domain/live/live-documents';
import { CRITERION_IDS, criterionIdSchema, type CriterionId } from '../../domain/schema/criterion';
import type { UseCase } from '../../domain/schema/use-case';
import { Button } from '../../ui/button';
import { ChoiceSelect } from '../../ui/select-options';
import styles from './live-session.module.css';

/** After the reveal: the score the group agreed on a criterion, with its note. */
export function AgreementForm({
  useCases,
  onRecord,
}: {
  useCases: readonly UseCase[];
  onRecord: (agreement: LiveAgreement) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [useCaseId, setUseCaseId] = useState(useCases[0]?.id ?? '');
  const [criterion, setCriterion] = useState<CriterionId>('strategicValue');
  const [score, setScore] = useState(3);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const canSave = useCaseId !== '' && note.trim() !== '' && !busy;

  async function save() {
    setBusy(true);
    try {
      await onRecord({ useCaseId, criterion, agreedScore: score, note: note.trim() });
      setNote('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (canSave) void save();
      }}
    >
      <h2>{t('liveSession.agreementTitle')}</h2>
      <label>
        {t('liveSession.agreementUseCase')}
        <ChoiceSelect
          value={useCaseId}
          onChange={setUseCaseId}
          options={useCases.map((u) => ({ value: u.id, label: u.title }))}
        />
      </label>
      <label>
        {t('liveSession.agreementCriterion')}
        <ChoiceSelect
          value={criterion}
          onChange={(id) => setCriterion(criterionIdSchema.parse(id))}
          options={CRITERION_IDS.map((id) => ({ value: id, label: t(`criteria.${id}.label`) }))}
        />
      </label>
      <label>
        {t('liveSession.agreementScore')}
        <ChoiceSelect
          value={score}
          onChange={(n) => setScore(Number(n))}
          options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }))}
        />
      </label>
      <label>
        {t('liveSession.agreementNote')}
        <textarea value={note} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <Button type="submit" variant="primary" isDisabled={!canSave}>
        {t('liveSession.agreementSave')}
      </Button>
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { withdrawDivergenceResolution } from '../../db/repositories/group-scoring';
import { closedBy } from '../../ui/form-dialog';
import { useToast } from '../../ui/toast';
import { WithdrawDialog } from '../../ui/withdraw-dialog';

interface WithdrawAgreementProps {
  decisionId: string;
  heading: string;
  onClose: () => void;
}

/** Withdraws an agreement, with a reason: the participants' mean (or median) applies again. */
export function WithdrawAgreementDialog(props: WithdrawAgreementProps) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const { heading } = props;
  return (
    <WithdrawDialog
      isOpen
      onOpenChange={closedBy(props.onClose)}
      title={t('groupScoring.withdrawTitle', { heading })}
      lead={t('groupScoring.withdrawLead')}
      reasonLabel={t('groupScoring.withdrawReason')}
      submitLabel={t('groupScoring.withdraw')}
      rows={2}
      onSubmit={async (reason) => {
        await withdrawDivergenceResolution(database(), change(), props.decisionId, reason);
        toast({ message: t('groupScoring.withdrawn', { heading }) });
      }}
    />
  );
}

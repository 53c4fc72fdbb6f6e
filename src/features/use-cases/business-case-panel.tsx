import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUseCaseBusinessCaseRecords } from '../../data/use-business-case';
import { Button } from '../../ui/button';
import { CheckField } from '../../ui/check-field';
import { Loading } from '../../ui/screen-page';
import { BusinessCasePages } from './business-case/business-case-sheet';
import { buildBusinessCaseView, indexRecords } from './business-case/business-case-view';
import { usePrintedOn } from './business-case/printed-on';
import { FinancialEstimateSection } from './financial-estimate-section';
import { ReviewSection } from './review-section';
import type { UseCasePanelProps } from './use-case-panel-props';
import styles from './business-case/business-case.module.css';

/** The one-page business case of a use case: printable A4 page, and its financial estimate. */
export function BusinessCasePanel({ data, useCase }: UseCasePanelProps) {
  const { t } = useTranslation();
  const records = useUseCaseBusinessCaseRecords(data, useCase.id);
  const printedOn = usePrintedOn();
  const [withAppendix, setWithAppendix] = useState(true);
  const view = useMemo(
    () => (records ? buildBusinessCaseView(data, indexRecords(records), useCase) : null),
    [records, data, useCase],
  );
  if (!view) return <Loading />;
  return (
    <div className={styles.stack}>
      <div className={styles.toolbar}>
        <Button variant="primary" onPress={() => window.print()}>
          {t('businessCase.print')}
        </Button>
        <CheckField checked={withAppendix} onChange={setWithAppendix}>
          {t('businessCase.withAppendix')}
        </CheckField>
        <Link to={`/w/${data.workspace.id}/book`}>{t('businessCase.openBook')}</Link>
      </div>
      <p className={styles.note}>{t('businessCase.printHint')}</p>
      <section
        aria-label={t('businessCase.preview')}
        className={styles.printRoot}
        data-appendix={withAppendix ? 'on' : 'off'}
      >
        <BusinessCasePages view={view} printedOn={printedOn} />
      </section>
      <ReviewSection data={data} useCase={useCase} />
      <FinancialEstimateSection
        useCase={useCase}
        decided={data.decision.byId.get(useCase.id)?.finance}
      />
    </div>
  );
}

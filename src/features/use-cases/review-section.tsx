import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChangeContext } from '../../data/use-actor';
import { useReviews } from '../../data/use-reviews';
import { database } from '../../db/database';
import { recordReview } from '../../db/repositories/reviews';
import { deliveredRows, trackRecords } from '../../domain/reviews/promised-delivered';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { ReviewDialog } from '../../ui/review-dialog';
import { reviewPromiseOf } from '../../ui/review-texts';
import { useToast } from '../../ui/toast';
import type { UseCasePanelProps } from './use-case-panel-props';

/**
 * On the business case: the use case's hypothesis review (promised against delivered), the
 * button to record one, and how far its owner's past estimates were from what happened.
 */
export function ReviewSection({ data, useCase }: UseCasePanelProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const change = useChangeContext();
  const toast = useToast();
  const reviews = useReviews(data.workspace.id);
  const [open, setOpen] = useState(false);
  const rows = useMemo(
    () => deliveredRows(reviews ?? [], data.workspace.kpis, data.workspace.departments),
    [reviews, data.workspace.kpis, data.workspace.departments],
  );
  if (reviews === undefined) return null;
  const row = rows.find((r) => r.useCaseId === useCase.id);
  const owner = useCase.owner.trim();
  const record = owner
    ? trackRecords(
        rows.filter((r) => r.useCaseId !== useCase.id),
        (r) => r.review.owner,
      ).find((r) => r.key === owner)
    : undefined;
  const n = (x: number | null) => (x === null ? '—' : f.decimal(x));
  const pct = (x: number | null) => (x === null ? '—' : `${f.integer(x * 100)} %`);
  const money = (x: number | null) => (x === null ? '—' : f.integer(x));
  const r = row?.review;
  return (
    <Card>
      <h2>{t('reviews.sectionTitle')}</h2>
      {r && row ? (
        <dl data-testid="review-summary">
          <dt>{t('reviews.outcome')}</dt>
          <dd>
            {t(`reviews.outcomes.${r.outcome}`)} — {r.reason} ({r.reviewer},{' '}
            {f.dateTime(r.reviewedAt)})
          </dd>
          <dt>{t('reviews.targetVsActual')}</dt>
          <dd>
            {t('reviews.targetActual', {
              baseline: n(r.baseline),
              target: n(r.target),
              actual: n(r.actual),
            })}
            {row.kpi ? ` (${row.kpi.name})` : ''}
          </dd>
          <dt>{t('reviews.benefit')}</dt>
          <dd>
            {t('reviews.benefitValues', {
              estimated: money(r.estimatedYearlyBenefit),
              realised: money(r.realisedYearlyBenefit),
              currency: r.currency,
            })}
          </dd>
          {r.automation ? (
            <>
              <dt>{t('reviews.machineShare')}</dt>
              <dd>
                {t('reviews.machineSentence', {
                  share: pct(row.machineShare),
                  machine: f.integer(r.automation.handledByMachine),
                  person: f.integer(r.automation.takenOverByPerson),
                })}
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p>
          {t('reviews.notReviewed', {
            date: useCase.successMeasure.reviewDate
              ? f.date(useCase.successMeasure.reviewDate)
              : '—',
          })}
        </p>
      )}
      {owner ? (
        <p data-testid="owner-track-record">
          {record
            ? t('reviews.ownerRecord', {
                owner,
                count: record.reviews,
                ratio: pct(record.benefitRatio),
              })
            : t('reviews.ownerNoRecord', { owner })}{' '}
          <Link to={`/w/${data.workspace.id}/delivered`}>{t('reviews.openPortfolio')}</Link>
        </p>
      ) : null}
      <Button onPress={() => setOpen(true)}>{t('reviews.recordButton')}</Button>
      <ReviewDialog
        isOpen={open}
        onOpenChange={setOpen}
        promise={reviewPromiseOf(useCase, data.workspace.kpis, t, f)}
        onSubmit={async (form) => {
          await recordReview(database(), change(), useCase.id, form);
          toast({ message: t('reviews.recorded') });
        }}
      />
    </Card>
  );
}

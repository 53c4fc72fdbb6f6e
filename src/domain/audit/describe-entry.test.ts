import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../schema/audit-entry';
import {
  describeAuditSide,
  filterAuditEntries,
  useCaseOfEntry,
  type AuditNames,
} from './describe-entry';

const names: AuditNames = {
  useCases: new Map([['uc-1', 'Invoice matching']]),
  participants: new Map([['p-1', 'Ada Lovelace']]),
  departments: new Map([['d-1', 'Finance']]),
  kpis: new Map([['k-1', 'Cost per invoice']]),
  workflows: new Map(),
  steps: new Map([['s-1', 'Key the invoice']]),
  waves: new Map(),
  decisionUseCase: new Map([['dec-1', 'uc-1']]),
};

function entry(over: Partial<AuditEntry>): AuditEntry {
  return {
    id: 'e',
    workspaceId: 'ws',
    at: '2026-12-04T10:00:00.000Z',
    actor: 'Ada',
    action: 'updated',
    entityType: 'useCase',
    entityId: 'uc-1',
    label: 'Invoice matching',
    before: null,
    after: null,
    ...over,
  };
}

describe('describeAuditSide', () => {
  it('names participants, KPIs and steps instead of their ids, and says when one was deleted', () => {
    const fields = describeAuditSide(
      { participantId: 'p-1', stepIds: ['s-1', 's-gone'], successMeasure: { kpiId: 'k-1' } },
      names,
    );
    expect(fields).toEqual([
      { label: 'auditTrail.field.participantId', value: { kind: 'text', text: 'Ada Lovelace' } },
      {
        label: 'fields.stepIds',
        value: {
          kind: 'list',
          items: [{ kind: 'text', text: 'Key the invoice' }, { kind: 'removed' }],
        },
      },
      {
        label: 'fields.successMeasure',
        value: {
          kind: 'group',
          fields: [{ label: 'fields.kpiId', value: { kind: 'text', text: 'Cost per invoice' } }],
        },
      },
    ]);
  });

  it('gives amounts of an estimate in its currency, the adoption rate as a percent, dates as dates', () => {
    const [estimate] = describeAuditSide(
      { financialEstimate: { hourlyCost: 42000, adoptionRate: 40, currency: 'EUR' } },
      names,
    );
    expect(estimate?.value).toEqual({
      kind: 'group',
      fields: [
        { label: 'fields.hourlyCost', value: { kind: 'money', value: 42000, currency: 'EUR' } },
        { label: 'fields.adoptionRate', value: { kind: 'percent', value: 40 } },
        { label: 'fields.currency', value: { kind: 'text', text: 'EUR' } },
      ],
    });
    expect(describeAuditSide({ reviewDate: '2027-06-30' }, names)[0]?.value).toEqual({
      kind: 'date',
      iso: '2027-06-30',
    });
  });

  it('turns enumerated values into message keys, hides technical ids, labels criteria', () => {
    expect(
      describeAuditSide(
        {
          id: 'x',
          workspaceId: 'ws',
          status: 'idea',
          strategicValue: { score: 4, rationale: 'Board' },
        },
        names,
      ),
    ).toEqual([
      { label: 'fields.status', value: { kind: 'key', key: 'status.idea', raw: 'idea' } },
      {
        label: 'criteria.strategicValue.label',
        value: { kind: 'score', score: 4, rationale: 'Board' },
      },
    ]);
  });
});

describe('filterAuditEntries', () => {
  const trail = [
    entry({ id: '1', entityType: 'useCase', entityId: 'uc-1', actor: 'Ada' }),
    entry({ id: '2', entityType: 'scorecard', entityId: 'uc-1', actor: 'Bruno' }),
    entry({ id: '3', entityType: 'decision', entityId: 'dec-1', actor: 'Ada' }),
    entry({ id: '4', entityType: 'workspace', entityId: 'ws', actor: 'Ada' }),
    entry({ id: '5', entityType: 'useCase', entityId: 'uc-2', actor: 'Bruno' }),
  ];
  const ids = (xs: AuditEntry[]) => xs.map((x) => x.id);

  it('keeps the entries about a use case: its record, its scores and the decisions about it', () => {
    expect(
      ids(filterAuditEntries(trail, { useCaseId: 'uc-1', actor: null, entityType: null }, names)),
    ).toEqual(['1', '2', '3']);
  });

  it('combines the person and the kind of change', () => {
    expect(
      ids(
        filterAuditEntries(
          trail,
          { useCaseId: null, actor: 'Bruno', entityType: 'useCase' },
          names,
        ),
      ),
    ).toEqual(['5']);
    expect(
      ids(filterAuditEntries(trail, { useCaseId: null, actor: null, entityType: null }, names)),
    ).toHaveLength(5);
  });

  it('finds the use case of a decision from the entry itself once the decision is gone', () => {
    const gone = entry({ entityType: 'decision', entityId: 'dec-9', after: { useCaseId: 'uc-7' } });
    expect(useCaseOfEntry(gone, names)).toBe('uc-7');
  });
});

import { describe, expect, it } from 'vitest';
import { parseScoreCell, recogniseHeaders, validateImportRows } from './import-use-cases';

describe('recogniseHeaders', () => {
  it('recognises French and English headers, accents and case ignored', () => {
    expect(
      recogniseHeaders([
        'Titre',
        'PÉRIMÈTRE',
        'Responsable',
        'Statut',
        'Étiquettes',
        'Complexité technique',
        'Colour',
      ]),
    ).toEqual(['title', 'scope', 'owner', 'status', 'tags', 'technicalComplexity', null]);
    expect(
      recogniseHeaders([
        'Title',
        'Description',
        'Scope',
        'Owner',
        'Status',
        'Tags',
        'Data & process maturity',
      ]),
    ).toEqual(['title', 'description', 'scope', 'owner', 'status', 'tags', 'dataMaturity']);
  });

  it('never maps two columns to one field', () => {
    expect(recogniseHeaders(['Title', 'Titre'])).toEqual(['title', null]);
  });
});

describe('parseScoreCell', () => {
  it('reads 1..5 written either way, refuses the rest with the schema key', () => {
    expect(parseScoreCell(' 4 ')).toEqual({ score: 4 });
    expect(parseScoreCell('3,0')).toEqual({ score: 3 });
    expect(parseScoreCell('')).toEqual({ score: null });
    expect(parseScoreCell('6')).toEqual({ error: 'errors.scoreRange' });
    expect(parseScoreCell('2.5')).toEqual({ error: 'errors.scoreInteger' });
    expect(parseScoreCell('high')).toEqual({ error: 'exchange.problem.notANumber' });
  });
});

describe('validateImportRows', () => {
  const headers = ['Titre', 'Périmètre', 'Statut', 'Étiquettes', 'Valeur commerciale stratégique'];
  /** These rows under the French headers above, mapped as recognised. */
  const validate = (...rows: string[][]) =>
    validateImportRows({ headers, rows }, recogniseHeaders(headers));

  it('turns valid rows into use cases with defaults and optional scores', () => {
    const result = validate(
      ['Rapprochement', 'externe', 'Évalué', 'finance; OCR', '4'],
      ['Tri', '', '', '', ''],
    );
    expect(result.errors).toEqual([]);
    expect(result.useCases[0]).toMatchObject({
      row: 2,
      form: {
        title: 'Rapprochement',
        scope: 'external',
        status: 'scored',
        tags: ['finance', 'OCR'],
      },
      scores: { strategicValue: 4, brandImpact: null },
    });
    expect(result.useCases[1]).toMatchObject({
      row: 3,
      form: { scope: 'internal', status: 'idea' },
      scores: null,
    });
  });

  it('names the row (header = row 1), the column as written, and what is wrong', () => {
    const result = validate(['Ok', '', '', '', ''], ['', 'ailleurs', '', '', '7']);
    expect(result.useCases).toHaveLength(1);
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'Périmètre',
        key: 'exchange.problem.unknownScope',
        params: { value: 'ailleurs' },
      },
      { row: 3, column: 'Titre', key: 'errors.required' },
      {
        row: 3,
        column: 'Valeur commerciale stratégique',
        key: 'errors.scoreRange',
        params: { value: '7' },
      },
    ]);
  });

  it('needs a title column, and one column per field', () => {
    expect(validateImportRows({ headers: ['A'], rows: [] }, [null]).mappingProblem).toBe(
      'exchange.problem.noTitleColumn',
    );
    expect(
      validateImportRows({ headers: ['A', 'B'], rows: [] }, ['title', 'title']).mappingProblem,
    ).toBe('exchange.problem.fieldMappedTwice');
  });
});

describe('every error of a refused row, with its limit', () => {
  it('lists all the errors of a row, names the limit of a long title, keeps the row cells', () => {
    const headers = ['Title', 'Status', 'Tags', 'Brand impact'];
    const long = 'x'.repeat(240);
    const result = validateImportRows(
      { headers, rows: [[long, 'Someday', `ok; ${'t'.repeat(41)}`, 'high']] },
      recogniseHeaders(headers),
    );
    expect(result.useCases).toEqual([]);
    expect(result.refused).toEqual([
      {
        row: 2,
        cells: [long, 'Someday', `ok; ${'t'.repeat(41)}`, 'high'],
        errors: [
          {
            row: 2,
            column: 'Status',
            key: 'exchange.problem.unknownStatus',
            params: { value: 'Someday' },
          },
          {
            row: 2,
            column: 'Title',
            key: 'listImport.problem.tooLong',
            params: { max: 200, length: 240 },
          },
          { row: 2, column: 'Tags', key: 'listImport.problem.tagTooLong', params: { max: 40 } },
          {
            row: 2,
            column: 'Brand impact',
            key: 'exchange.problem.notANumber',
            params: { value: 'high' },
          },
        ],
      },
    ]);
  });

  it('numbers rows as the spreadsheet shows them when empty rows were skipped', () => {
    const result = validateImportRows(
      { headers: ['Title'], rows: [['A'], ['']], rowNumbers: [2, 5] },
      ['title'],
    );
    expect(result.refused.map((r) => r.row)).toEqual([5]);
  });
});

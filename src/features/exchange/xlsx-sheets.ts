import type { ExportCell } from '../../domain/exchange/csv';

/** A cell as write-excel-file takes it: typed, never a formula (user text stays a string). */
export type XlsxCell =
  | { value: string; type: StringConstructor; fontWeight?: 'bold' }
  | { value: number; type: NumberConstructor }
  | { value: Date; type: DateConstructor; format: string }
  | null;

export interface XlsxSheet {
  sheet: string;
  data: XlsxCell[][];
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ] (Excel's rules). */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

/** A table as a sheet: header row in bold, numbers as numbers, text as text. */
export function xlsxSheet(name: string, table: readonly (readonly ExportCell[])[]): XlsxSheet {
  return {
    sheet: sheetName(name),
    data: table.map((row, r) =>
      row.map((cell): XlsxCell => {
        if (cell === null || cell === '') return null;
        if (typeof cell === 'number') return { value: cell, type: Number };
        return r === 0
          ? { value: cell, type: String, fontWeight: 'bold' }
          : { value: cell, type: String };
      }),
    ),
  };
}

/** A date cell (the date of the export), shown as a date by the spreadsheet. */
export function xlsxDate(iso: string): XlsxCell {
  return { value: new Date(iso), type: Date, format: 'yyyy-mm-dd hh:mm' };
}

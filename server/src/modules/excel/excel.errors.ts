import { DomainError, ErrorCode } from '../../errors';

export enum ExcelErrorReason {
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  NOT_A_WORKBOOK = 'NOT_A_WORKBOOK',
  MISSING_COLUMNS = 'MISSING_COLUMNS',
  INVALID_ROWS = 'INVALID_ROWS',
  EMPTY_FILE = 'EMPTY_FILE',
}

export class ExcelError extends DomainError {
  readonly domain = 'excel';

  static tooManyRows(count: number, max: number) {
    return new ExcelError(
      ErrorCode.BAD_USER_INPUT,
      ExcelErrorReason.TOO_MANY_ROWS,
      `${count} rows match, more than the ${max} a spreadsheet may hold here: narrow the filters (e.g. a year or a status).`,
      { count, max },
    );
  }
  static notAWorkbook() {
    return new ExcelError(ErrorCode.BAD_USER_INPUT, ExcelErrorReason.NOT_A_WORKBOOK, 'The file is not an .xlsx workbook (Excel 2007 or later).');
  }
  static emptyFile() {
    return new ExcelError(ErrorCode.BAD_USER_INPUT, ExcelErrorReason.EMPTY_FILE, 'The workbook has no contract rows under its header row.');
  }
  static missingColumns(headers: string[]) {
    return new ExcelError(
      ErrorCode.BAD_USER_INPUT,
      ExcelErrorReason.MISSING_COLUMNS,
      `The header row (row 1) lacks required columns: ${headers.join('、')}. Export contracts to get a file with every column.`,
      { missingColumns: headers },
    );
  }
}

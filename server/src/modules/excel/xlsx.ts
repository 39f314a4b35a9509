import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import Decimal from 'decimal.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Yuan with thousands separators and two decimals; Excel shows 1,250,000.00. */
export const YUAN_FORMAT = '#,##0.00';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const SHARE_FORMAT = '0.00%';
export const INTEGER_FORMAT = '#,##0';

export type ColumnKind = 'text' | 'yuan' | 'date' | 'datetime' | 'int' | 'share';

export interface ColumnSpec {
  key: string;
  header: string;
  width: number;
  kind: ColumnKind;
}

const FORMATS: Record<ColumnKind, string | undefined> = {
  text: '@',
  yuan: YUAN_FORMAT,
  date: DATE_FORMAT,
  datetime: DATETIME_FORMAT,
  int: INTEGER_FORMAT,
  share: SHARE_FORMAT,
};

/** Options for addWorksheet: the header row stays visible while scrolling. */
export const FROZEN_HEADER: { views: Array<Partial<ExcelJS.WorksheetView>> } = { views: [{ state: 'frozen', ySplit: 1 }] };

/** Column headers (bold, frozen, filterable) and per-column number formats, so every cell shows as the column says. */
export function setColumns(sheet: Worksheet, specs: ColumnSpec[]): void {
  sheet.columns = specs.map((spec) => ({ header: spec.header, key: spec.key, width: spec.width, style: { numFmt: FORMATS[spec.kind] } }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  // A streamed sheet takes its views when created (FROZEN_HEADER); a sheet in memory takes them here.
  if (!('commit' in sheet)) (sheet as Worksheet).views = FROZEN_HEADER.views;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: specs.length } };
}

/**
 * An amount for a yuan cell. Excel keeps numbers as doubles, exact to 15 significant digits: every Money value
 * (at most 999,999,999,999.99) fits and reads back exactly; a larger total is written as text rather than rounded.
 */
export function yuanCell(value: string | null | undefined): number | string | null {
  if (value == null) return null;
  const decimal = new Decimal(value);
  return decimal.precision(true) <= 15 ? decimal.toNumber() : decimal.toFixed(2);
}

/** A calendar date (YYYY-MM-DD) for a date cell: midnight UTC, which exceljs writes as that day's serial number. */
export function dateCell(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/** A share such as "0.4235" for a percentage cell. */
export function shareCell(value: string | null | undefined): number | null {
  return value == null ? null : new Decimal(value).toNumber();
}

/** `attachment` with an ASCII fallback name and the Chinese name for browsers that read filename*. */
export function contentDisposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** An instant for a date-time cell, in the city's time (UTC+8): Excel has no time zones and shows what it is given. */
export function cityDateTimeCell(value: Date | null | undefined): Date | null {
  return value ? new Date(value.getTime() + 8 * 3600_000) : null;
}

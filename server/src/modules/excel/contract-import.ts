import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError, DomainError, ErrorCode, type FieldProblem } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { BrokerProfile } from '../broker/broker-profile.entity';
import { ContractCategory } from '../contract/contract-category.entity';
import { ContractRegistrationService, type RowProblems } from '../contract/contract-registration.service';
import { checkContract, ContractReferences, registrationProblems, type HistoricalContractData } from '../contract/contract-validation';
import { TechContract } from '../contract/contract.entity';
import { TechField } from '../field/tech-field.entity';
import type { IpType, PartyType, PlanSource } from '../contract/contract.types';
import { CONTRACT_COLUMNS, CONTRACT_SHEET_NAME, fromLabel, IP_TYPE_LABELS, PARTY_TYPE_LABELS, PLAN_SOURCE_LABELS, type ContractColumnKey } from './contract-sheet';
import { ExcelError, ExcelErrorReason } from './excel.errors';

export type ImportMode = 'all' | 'validOnly';
export const MAX_IMPORT_ROWS = 5000;

/** One problem of one cell: the sheet's row number (the header is row 1), its column letter and header, and why. */
export interface ImportProblem {
  row: number;
  column: string | null;
  header: string | null;
  reason: string;
}

export interface ImportReport {
  mode: ImportMode;
  /** Data rows read (blank rows are not counted). */
  rows: number;
  imported: number;
  /** Rows left out (validOnly) because of their problems. */
  skipped: number;
  contractAmountTotal: string;
  techTransactionAmountTotal: string;
  problems: ImportProblem[];
}

/** Thrown when rows have problems and the caller did not ask for the valid rows only: nothing was written. */
export class ImportRowsError extends DomainError {
  readonly domain = 'excel';
  constructor(public readonly report: ImportReport) {
    const bad = new Set(report.problems.map((p) => p.row)).size;
    super(
      ErrorCode.BAD_USER_INPUT,
      ExcelErrorReason.INVALID_ROWS,
      `${bad} of ${report.rows} rows have problems; nothing was imported. Fix them, or import with mode=validOnly to import the other ${report.rows - bad}.`,
      { rows: report.rows, invalidRows: bad, problems: report.problems },
    );
  }
}

/** Which column a validation problem belongs to (the service names fields of ContractData). */
const FIELD_TO_COLUMN: Record<string, ContractColumnKey> = {
  title: 'title',
  description: 'description',
  categoryCode: 'category',
  fieldCode: 'field',
  ipType: 'ipType',
  planSource: 'planSource',
  buyer: 'buyerCreditCode',
  'buyer.organizationId': 'buyerCreditCode',
  'buyer.name': 'buyerName',
  'buyer.creditCode': 'buyerCreditCode',
  'buyer.regionCode': 'buyerRegionCode',
  'buyer.partyType': 'buyerPartyType',
  seller: 'sellerCreditCode',
  'seller.organizationId': 'sellerCreditCode',
  'seller.name': 'sellerName',
  'seller.creditCode': 'sellerCreditCode',
  'seller.regionCode': 'sellerRegionCode',
  'seller.partyType': 'sellerPartyType',
  contractAmount: 'contractAmount',
  techTransactionAmount: 'techTransactionAmount',
  signedOn: 'signedOn',
  validFrom: 'validFrom',
  validTo: 'validTo',
  registrationNumber: 'registrationNumber',
  registeredOn: 'registeredOn',
};

function columnOfField(field: string): ContractColumnKey | null {
  if (field.startsWith('brokerIds')) return 'brokers';
  return FIELD_TO_COLUMN[field] ?? null;
}

type Raw = string | number | boolean | Date | null;

/** A cell's value with formulas, rich text and hyperlinks unwrapped. */
function rawValue(cell: ExcelJS.Cell): Raw {
  const value = cell.value as unknown;
  if (value == null) return null;
  if (value instanceof Date || typeof value !== 'object') return value as Raw;
  const object = value as Record<string, unknown>;
  if ('result' in object) return (object.result ?? null) as Raw;
  if (Array.isArray(object.richText)) return (object.richText as Array<{ text: string }>).map((part) => part.text).join('');
  if ('text' in object) return String(object.text);
  if ('error' in object) return String(object.error);
  return null;
}

const isBlank = (value: Raw) => value == null || (typeof value === 'string' && value.trim() === '');

/** Excel shows a double with 15 significant digits: reading it the same way drops binary noise (0.1 + 0.2). */
function numberText(value: number): string {
  return new Decimal(Number(value.toPrecision(15))).toFixed();
}

function textOf(value: Raw): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return numberText(value);
  return String(value).trim();
}

const DAY_MS = 86_400_000;
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** A date cell as YYYY-MM-DD: a real date, an Excel serial number, or text like 2026-03-01, 2026/3/1 or 2026年3月1日. */
function dateOf(value: Raw): string | null {
  if (value instanceof Date) return new Date(Math.round(value.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  if (typeof value === 'number' && value > 0 && value < 2958466) return new Date(Math.round((value - 25569) * DAY_MS)).toISOString().slice(0, 10);
  const match = typeof value === 'string' ? DATE_TEXT.exec(value.trim()) : null;
  if (!match) return null;
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}

/** An amount cell as a decimal string: numbers as Excel shows them; text may carry thousands separators. */
function amountOf(value: Raw): string {
  if (typeof value === 'number') return numberText(value);
  return textOf(value).replace(/[,，\s]/g, '');
}

interface ParsedRow {
  row: number;
  data: HistoricalContractData;
  problems: Array<{ column: ContractColumnKey; reason: string }>;
}

/** Reads historical contracts from an .xlsx and imports them as registered contracts, reporting every problem by cell. */
export class ContractImporter {
  constructor(private readonly em: EntityManager) {}

  async import(viewer: Viewer, file: Buffer, mode: ImportMode): Promise<ImportReport> {
    if (!viewer.isBureau) throw CommonError.forbidden('Only the bureau imports historical contracts.');
    const sheet = await this.sheetOf(file);
    const columns = this.columnsOf(sheet);
    const rows = await this.parse(sheet, columns);
    const registrations = new ContractRegistrationService(this.em);
    const refs = new ContractReferences(this.em);
    const taken = await this.takenNumbers(rows.map((r) => r.data.registrationNumber));
    const numbers = new Map<string, number>();
    const problems: ImportProblem[] = [];
    const valid: ParsedRow[] = [];
    for (const parsed of rows) {
      // The checks of validateHistorical, with the numbers already in the database read once for the whole file
      // instead of once per row; importHistorical checks every row again before writing.
      const { problems: serviceProblems } = await checkContract(refs, parsed.data);
      const registration = registrationProblems(parsed.data);
      serviceProblems.push(...registration);
      if (!registration.length && taken.has(parsed.data.registrationNumber)) {
        serviceProblems.push({ field: 'registrationNumber', message: 'is already used by another contract' });
      }
      const own = new Set(parsed.problems.map((p) => p.column));
      const cellProblems = [
        ...parsed.problems,
        ...serviceProblems
          .map((p: FieldProblem) => ({ column: columnOfField(p.field), reason: `${p.field} ${p.message}` }))
          // A cell that could not be read is reported once, as unreadable.
          .filter((p) => !p.column || !own.has(p.column)),
      ];
      const number = parsed.data.registrationNumber;
      if (number && numbers.has(number)) cellProblems.push({ column: 'registrationNumber', reason: `registrationNumber ${number} repeats row ${numbers.get(number)} of this file` });
      else if (number) numbers.set(number, parsed.row);
      for (const p of cellProblems) problems.push(this.problem(parsed.row, p.column, p.reason, columns));
      if (!cellProblems.length) valid.push(parsed);
    }
    const report: ImportReport = {
      mode,
      rows: rows.length,
      imported: 0,
      skipped: rows.length - valid.length,
      contractAmountTotal: '0.00',
      techTransactionAmountTotal: '0.00',
      problems,
    };
    if (problems.length && mode === 'all') throw new ImportRowsError(report);
    if (!valid.length) return report;
    try {
      await registrations.importHistorical(valid.map((r) => r.data), viewer.id);
    } catch (error) {
      // Someone registered one of these numbers meanwhile: report it on its row, nothing was written.
      if (error instanceof DomainError && error.reason === 'INVALID_ROWS') {
        const late = (error.details.rows as RowProblems[]).flatMap((r) =>
          r.fields.map((f) => this.problem(valid[r.index].row, columnOfField(f.field), `${f.field} ${f.message}`, columns)),
        );
        throw new ImportRowsError({ ...report, problems: [...problems, ...late] });
      }
      throw error;
    }
    return {
      ...report,
      imported: valid.length,
      contractAmountTotal: valid.reduce((sum, r) => sum.plus(r.data.contractAmount), new Decimal(0)).toFixed(2),
      techTransactionAmountTotal: valid.reduce((sum, r) => sum.plus(r.data.techTransactionAmount), new Decimal(0)).toFixed(2),
    };
  }

  /** The registration numbers among `numbers` that contracts already have: one statement per thousand. */
  private async takenNumbers(numbers: string[]): Promise<Set<string>> {
    const wanted = [...new Set(numbers.filter(Boolean))];
    const taken = new Set<string>();
    for (let i = 0; i < wanted.length; i += 1000) {
      const rows = await this.em.find(TechContract, { registrationNumber: { $in: wanted.slice(i, i + 1000) } }, { fields: ['registrationNumber'] });
      for (const row of rows) taken.add(row.registrationNumber!);
    }
    return taken;
  }

  private async sheetOf(file: Buffer): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(file as unknown as ArrayBuffer);
    } catch {
      throw ExcelError.notAWorkbook();
    }
    const sheet = workbook.getWorksheet(CONTRACT_SHEET_NAME) ?? workbook.worksheets[0];
    if (!sheet) throw ExcelError.emptyFile();
    return sheet;
  }

  /** Column number of each known header in row 1; required headers must all be there. */
  private columnsOf(sheet: ExcelJS.Worksheet): Map<ContractColumnKey, number> {
    const byHeader = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, column) => byHeader.set(textOf(rawValue(cell)), column));
    const columns = new Map<ContractColumnKey, number>();
    const missing: string[] = [];
    for (const spec of CONTRACT_COLUMNS) {
      const column = byHeader.get(spec.header);
      if (column) columns.set(spec.key, column);
      else if (spec.required) missing.push(spec.header);
    }
    if (missing.length) throw ExcelError.missingColumns(missing);
    return columns;
  }

  private problem(row: number, key: ContractColumnKey | null, reason: string, columns: Map<ContractColumnKey, number>): ImportProblem {
    const number = key ? columns.get(key) : undefined;
    return {
      row,
      column: number ? columnLetter(number) : null,
      header: key ? CONTRACT_COLUMNS.find((c) => c.key === key)!.header : null,
      reason,
    };
  }

  private async parse(sheet: ExcelJS.Worksheet, columns: Map<ContractColumnKey, number>): Promise<ParsedRow[]> {
    const rawRows: Array<{ row: number; cells: Map<ContractColumnKey, Raw> }> = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const cells = new Map<ContractColumnKey, Raw>();
      for (const [key, column] of columns) cells.set(key, rawValue(row.getCell(column)));
      if ([...cells.values()].some((value) => !isBlank(value))) rawRows.push({ row: rowNumber, cells });
    });
    if (!rawRows.length) throw ExcelError.emptyFile();
    if (rawRows.length > MAX_IMPORT_ROWS) throw ExcelError.tooManyRows(rawRows.length, MAX_IMPORT_ROWS);

    const [categories, fields] = await Promise.all([this.em.find(ContractCategory, {}), this.em.find(TechField, {})]);
    const certificates = [...new Set(rawRows.flatMap(({ cells }) => splitList(textOf(cells.get('brokers') ?? null))))];
    const profiles = certificates.length ? await this.em.find(BrokerProfile, { certificateNumber: { $in: certificates } }) : [];
    const brokerByCertificate = new Map(profiles.map((p) => [p.certificateNumber, p.user.id]));

    return rawRows.map(({ row, cells }) => {
      const problems: ParsedRow['problems'] = [];
      const text = (key: ContractColumnKey) => textOf(cells.get(key) ?? null);
      const code = (key: ContractColumnKey, value: Raw) => {
        // Excel keeps 15 digits of a number: a 16-digit registration number typed as a number has lost its last digit.
        if (typeof value === 'number' && Math.abs(value) >= 1e15) problems.push({ column: key, reason: `${key} must be entered as text: Excel keeps only 15 digits of a number` });
        return textOf(value);
      };
      const date = (key: ContractColumnKey) => {
        const value = cells.get(key) ?? null;
        if (isBlank(value)) return '';
        const parsed = dateOf(value);
        if (!parsed) problems.push({ column: key, reason: `${key} is not a date: use a date cell or text like 2026-03-01` });
        return parsed ?? textOf(value);
      };
      const label = <T extends string>(key: ContractColumnKey, labels: Record<T, string>): T | null => {
        const value = text(key);
        if (!value) return null;
        const found = fromLabel(labels, value);
        if (!found) problems.push({ column: key, reason: `${key} "${value}" is not one of ${Object.values(labels).join('、')}` });
        return (found ?? value) as T;
      };
      const byCodeOrName = (key: ContractColumnKey, nodes: Array<{ code: string; name: string }>) => {
        const value = text(key);
        const matches = nodes.filter((n) => n.code === value || n.name === value);
        if (value && matches.length > 1) problems.push({ column: key, reason: `${key} "${value}" is ambiguous: use its code` });
        return matches.length === 1 ? matches[0].code : value;
      };
      const brokerIds = splitList(text('brokers')).map((certificate) => {
        const id = brokerByCertificate.get(certificate);
        if (!id) problems.push({ column: 'brokers', reason: `brokers: no broker holds certificate ${certificate}` });
        return id;
      });
      const data: HistoricalContractData = {
        registrationNumber: code('registrationNumber', cells.get('registrationNumber') ?? null),
        registeredOn: date('registeredOn'),
        title: text('title'),
        description: text('description') || null,
        categoryCode: byCodeOrName('category', categories),
        fieldCode: byCodeOrName('field', fields),
        ipType: label<IpType>('ipType', IP_TYPE_LABELS) as IpType,
        planSource: label<PlanSource>('planSource', PLAN_SOURCE_LABELS) as PlanSource,
        buyer: {
          name: text('buyerName') || null,
          creditCode: code('buyerCreditCode', cells.get('buyerCreditCode') ?? null),
          regionCode: code('buyerRegionCode', cells.get('buyerRegionCode') ?? null),
          partyType: label<PartyType>('buyerPartyType', PARTY_TYPE_LABELS),
        },
        seller: {
          name: text('sellerName') || null,
          creditCode: code('sellerCreditCode', cells.get('sellerCreditCode') ?? null),
          regionCode: code('sellerRegionCode', cells.get('sellerRegionCode') ?? null),
          partyType: label<PartyType>('sellerPartyType', PARTY_TYPE_LABELS),
        },
        contractAmount: amountOf(cells.get('contractAmount') ?? null),
        techTransactionAmount: amountOf(cells.get('techTransactionAmount') ?? null),
        signedOn: date('signedOn'),
        validFrom: date('validFrom'),
        validTo: date('validTo'),
        milestones: [],
        brokerIds: brokerIds.filter((id): id is string => Boolean(id)),
      };
      return { row, data, problems };
    });
  }
}

function splitList(text: string): string[] {
  return text.split(/[、,，;；\s]+/).map((part) => part.trim()).filter(Boolean);
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

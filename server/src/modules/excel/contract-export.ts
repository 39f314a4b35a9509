import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { ContractCategory } from '../contract/contract-category.entity';
import { visibleContractsCondition } from '../contract/contract-access';
import type { ContractFilter } from '../contract/contract.service';
import { TechContract } from '../contract/contract.entity';
import { TechField } from '../field/tech-field.entity';
import { CONTRACT_COLUMNS, CONTRACT_SHEET_NAME, CONTRACT_STATUS_LABELS, IP_TYPE_LABELS, LIST_SEPARATOR, PARTY_TYPE_LABELS, PLAN_SOURCE_LABELS } from './contract-sheet';
import { ExcelError } from './excel.errors';
import { cityDateTimeCell, DATETIME_FORMAT, dateCell, FROZEN_HEADER, INTEGER_FORMAT, setColumns, YUAN_FORMAT, yuanCell } from './xlsx';

/** Beyond this a spreadsheet is no longer the right tool: the caller narrows the filters. */
export const MAX_EXPORT_CONTRACTS = 100_000;
const BATCH = 2000;

/** The same filter as the `contracts` query, within what the viewer may see. */
export async function contractExportWhere(em: EntityManager, viewer: Viewer, filter: ContractFilter): Promise<FilterQuery<TechContract>> {
  const where: FilterQuery<TechContract>[] = [(await visibleContractsCondition(em, viewer)) as FilterQuery<TechContract>];
  if (filter.statuses?.length) where.push({ status: { $in: filter.statuses } });
  if (filter.registeredYear) where.push({ registeredOn: { $gte: `${filter.registeredYear}-01-01`, $lt: `${filter.registeredYear + 1}-01-01` } });
  if (filter.organizationId) where.push({ $or: [{ buyerOrganization: filter.organizationId }, { sellerOrganization: filter.organizationId }] });
  if (filter.categoryCodes?.length) where.push({ category: { $in: filter.categoryCodes } });
  return { $and: where };
}

/** Certificate numbers of the brokers credited with each contract of a batch (brokers without a profile have none). */
async function certificatesOf(em: EntityManager, contractIds: string[]): Promise<Map<string, string[]>> {
  const rows = await em.execute<Array<{ contract_id: string; certificate_number: string }>>(
    `select cb.contract_id, bp.certificate_number from contract_broker cb join broker_profile bp on bp.user_id = cb.broker_id
      where cb.contract_id in (${contractIds.map(() => '?').join(', ')}) order by bp.certificate_number`,
    contractIds,
  );
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.contract_id, [...(map.get(row.contract_id) ?? []), row.certificate_number]);
  return map;
}

/**
 * Streams the viewer's visible contracts (with the filter) as .xlsx: sheet 技术合同 in the import layout, and sheet
 * 汇总 with the count and exact totals. Throws before writing anything when the export is too large.
 */
export async function exportContracts(em: EntityManager, viewer: Viewer, filter: ContractFilter, output: Writable): Promise<void> {
  const where = await contractExportWhere(em, viewer, filter);
  const total = await em.count(TechContract, where);
  if (total > MAX_EXPORT_CONTRACTS) throw ExcelError.tooManyRows(total, MAX_EXPORT_CONTRACTS);
  const [categories, fields] = await Promise.all([em.find(ContractCategory, {}), em.find(TechField, {})]);
  const categoryName = new Map(categories.map((c) => [c.code, c.name]));
  const fieldName = new Map(fields.map((f) => [f.code, f.name]));

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Jiebang 揭榜';
  const sheet = workbook.addWorksheet(CONTRACT_SHEET_NAME, FROZEN_HEADER);
  setColumns(sheet, [...CONTRACT_COLUMNS]);
  let contractSum = new Decimal(0);
  let techSum = new Decimal(0);
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    // A fresh identity map per batch keeps memory flat over a hundred thousand rows.
    const batchEm = em.fork();
    const keyset: FilterQuery<TechContract> = after
      ? { $or: [{ createdAt: { $gt: after.createdAt } }, { createdAt: after.createdAt, id: { $gt: after.id } }] }
      : {};
    const rows: TechContract[] = await batchEm.find(TechContract, { $and: [where, keyset] }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: BATCH });
    if (!rows.length) break;
    const certificates = await certificatesOf(batchEm, rows.map((c) => c.id));
    for (const c of rows) {
      contractSum = contractSum.plus(c.contractAmount);
      techSum = techSum.plus(c.techTransactionAmount);
      sheet
        .addRow({
          registrationNumber: c.registrationNumber ?? '',
          registeredOn: dateCell(c.registeredOn),
          title: c.title,
          category: categoryName.get(c.category.code) ?? c.category.code,
          field: fieldName.get(c.field.code) ?? c.field.code,
          ipType: IP_TYPE_LABELS[c.ipType],
          planSource: PLAN_SOURCE_LABELS[c.planSource],
          buyerName: c.buyerName,
          buyerCreditCode: c.buyerCreditCode,
          buyerRegionCode: c.buyerRegionCode,
          buyerPartyType: PARTY_TYPE_LABELS[c.buyerPartyType],
          sellerName: c.sellerName,
          sellerCreditCode: c.sellerCreditCode,
          sellerRegionCode: c.sellerRegionCode,
          sellerPartyType: PARTY_TYPE_LABELS[c.sellerPartyType],
          contractAmount: yuanCell(c.contractAmount),
          techTransactionAmount: yuanCell(c.techTransactionAmount),
          signedOn: dateCell(c.signedOn),
          validFrom: dateCell(c.validFrom),
          validTo: dateCell(c.validTo),
          brokers: (certificates.get(c.id) ?? []).join(LIST_SEPARATOR),
          description: c.description,
          status: CONTRACT_STATUS_LABELS[c.status],
        })
        .commit();
    }
    const last = rows[rows.length - 1];
    after = { createdAt: last.createdAt, id: last.id };
    if (rows.length < BATCH) break;
  }
  sheet.commit();

  const summary = workbook.addWorksheet('汇总');
  summary.columns = [{ header: '项目', key: 'item', width: 24 }, { header: '数值', key: 'value', width: 24 }];
  summary.getRow(1).font = { bold: true };
  const line = (item: string, value: ExcelJS.CellValue, numFmt?: string) => {
    const row = summary.addRow({ item, value });
    if (numFmt) row.getCell('value').numFmt = numFmt;
    row.commit();
  };
  line('合同数', total, INTEGER_FORMAT);
  line('成交额合计（元）', yuanCell(contractSum.toFixed(2)), YUAN_FORMAT);
  line('技术交易额合计（元）', yuanCell(techSum.toFixed(2)), YUAN_FORMAT);
  line('导出时间（北京时间）', cityDateTimeCell(new Date()), DATETIME_FORMAT);
  summary.commit();
  await workbook.commit();
}

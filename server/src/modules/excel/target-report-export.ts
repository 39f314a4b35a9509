import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BrokerKpiService } from '../broker/broker-kpi.service';
import type { PartyType } from '../contract/contract.types';
import { BreakdownLevel, DashboardService, type BreakdownRow } from '../target/dashboard.service';
import type { CountingBasis } from '../target/target.service';
import { AmountBasis, FlowBasis } from '../target/target.types';
import { PARTY_TYPE_LABELS } from './contract-sheet';
import { DATE_FORMAT, INTEGER_FORMAT, setColumns, SHARE_FORMAT, shareCell, YUAN_FORMAT, yuanCell, dateCell } from './xlsx';

const AMOUNT_BASIS_LABELS: Record<AmountBasis, string> = {
  [AmountBasis.CONTRACT_AMOUNT]: '成交额',
  [AmountBasis.TECH_TRANSACTION_AMOUNT]: '技术交易额',
};

const FLOW_BASIS_LABELS: Record<FlowBasis, string> = {
  [FlowBasis.OUTFLOW]: '输出（卖方在本市）',
  [FlowBasis.INFLOW]: '吸纳（买方在本市）',
  [FlowBasis.BOTH]: '输出或吸纳（任一方在本市）',
};

function breakdownSheet(workbook: ExcelJS.Workbook, name: string, header: string, rows: BreakdownRow[], labelOf: (row: BreakdownRow) => string = (row) => row.label) {
  const sheet = workbook.addWorksheet(name);
  setColumns(sheet, [
    { key: 'label', header, width: 24, kind: 'text' },
    { key: 'contracts', header: '合同数', width: 10, kind: 'int' },
    { key: 'amount', header: '金额（元）', width: 22, kind: 'yuan' },
    { key: 'share', header: '占比', width: 10, kind: 'share' },
  ]);
  for (const row of rows) sheet.addRow({ label: labelOf(row), contracts: row.contracts, amount: yuanCell(row.amount), share: shareCell(row.share) });
}

/**
 * The target report of a year as .xlsx: progress against the target (with the straight-line pace and the projection),
 * by month, by category, by field, by district and by party type, on the year's counting basis unless overridden;
 * and new technology-transfer professionals against their target. Aggregates only, like the dashboard.
 */
export async function exportTargetReport(em: EntityManager, year: number, override: Partial<CountingBasis> = {}): Promise<ExcelJS.Buffer> {
  const dashboard = new DashboardService(em);
  const basis = await dashboard.basis(year, override);
  const [progress, months, categories, fields, districts, partyTypes, newBrokers] = await Promise.all([
    dashboard.progress(year, basis),
    dashboard.byMonth(year, basis),
    dashboard.byCategory(year, basis, BreakdownLevel.TOP),
    dashboard.byField(year, basis, BreakdownLevel.TOP),
    dashboard.byDistrict(year, basis),
    dashboard.byPartyType(year, basis),
    new BrokerKpiService(em).newBrokersProgress(year),
  ]);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiebang 揭榜';
  const summary = workbook.addWorksheet('目标进度');
  summary.columns = [{ header: '指标', key: 'item', width: 30 }, { header: '数值', key: 'value', width: 26 }];
  summary.getRow(1).font = { bold: true };
  const line = (item: string, value: ExcelJS.CellValue, numFmt?: string) => {
    const row = summary.addRow({ item, value });
    if (numFmt) row.getCell('value').numFmt = numFmt;
  };
  line('年度', year);
  line('计数口径：金额', AMOUNT_BASIS_LABELS[basis.amountBasis]);
  line('计数口径：范围', FLOW_BASIS_LABELS[basis.flowBasis]);
  line('统计截至', dateCell(progress.asOf), DATE_FORMAT);
  line('技术合同目标（元）', yuanCell(progress.target), YUAN_FORMAT);
  line('已登记合同数', progress.contracts, INTEGER_FORMAT);
  line('已完成（元）', yuanCell(progress.value), YUAN_FORMAT);
  line('完成比例', shareCell(progress.share), SHARE_FORMAT);
  line('按时间进度应完成（元）', yuanCell(progress.paceValue), YUAN_FORMAT);
  line('时间进度', shareCell(progress.paceShare), SHARE_FORMAT);
  line('超前（+）/落后（-）时间进度（元）', yuanCell(progress.aheadOfPace), YUAN_FORMAT);
  line('按当前进度预计全年（元）', yuanCell(progress.projectedYearEnd), YUAN_FORMAT);
  line('新增技术转移人才（人）', newBrokers.count, INTEGER_FORMAT);
  line('新增技术转移人才目标（人）', newBrokers.target, INTEGER_FORMAT);
  line('新增技术转移人才完成比例', shareCell(newBrokers.share), SHARE_FORMAT);

  const monthly = workbook.addWorksheet('按月');
  setColumns(monthly, [
    { key: 'month', header: '月份', width: 10, kind: 'text' },
    { key: 'contracts', header: '合同数', width: 10, kind: 'int' },
    { key: 'amount', header: '当月金额（元）', width: 22, kind: 'yuan' },
    { key: 'cumulative', header: '累计金额（元）', width: 22, kind: 'yuan' },
    { key: 'paceCumulative', header: '时间进度累计（元）', width: 22, kind: 'yuan' },
  ]);
  for (const m of months) {
    monthly.addRow({ month: m.month, contracts: m.contracts, amount: yuanCell(m.amount), cumulative: yuanCell(m.cumulative), paceCumulative: yuanCell(m.paceCumulative) });
  }
  breakdownSheet(workbook, '按合同类别', '合同类别', categories);
  breakdownSheet(workbook, '按技术领域', '技术领域', fields);
  breakdownSheet(workbook, '按区（市）', '区（市）', districts);
  breakdownSheet(workbook, '按主体类型', '法人类型', partyTypes, (row) => PARTY_TYPE_LABELS[row.key as PartyType] ?? row.label);
  return workbook.xlsx.writeBuffer();
}

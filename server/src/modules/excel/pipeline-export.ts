import ExcelJS from 'exceljs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { DealActivity } from '../broker/deal-activity.entity';
import { DealQueryService, type DealScope } from '../broker/deal-query.service';
import { STAGE_ORDER, type DealStage } from '../broker/deal-stage';
import { Deal } from '../broker/deal.entity';
import { TechContract } from '../contract/contract.entity';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';
import { ExcelError } from './excel.errors';
import { cityDateTimeCell, dateCell, setColumns, yuanCell, type ColumnSpec } from './xlsx';

export const MAX_EXPORT_DEALS = 10_000;

export const STAGE_LABELS: Record<DealStage, string> = {
  LEAD: '线索',
  CONTACTED: '已接洽',
  NEGOTIATING: '洽谈中',
  SIGNED: '已签约',
  REGISTERED: '已登记',
  LOST: '未成交',
};

const ACTIVITY_LABELS: Record<string, string> = {
  NOTE: '备注',
  CALL: '电话',
  MEETING: '会谈',
  VISIT: '走访',
  EMAIL: '邮件',
  STAGE_CHANGE: '阶段变更',
  CONTRACT_LINKED: '关联合同',
};

const DEAL_COLUMNS: ColumnSpec[] = [
  { key: 'stage', header: '阶段', width: 10, kind: 'text' },
  { key: 'title', header: '项目名称', width: 34, kind: 'text' },
  { key: 'broker', header: '技术经纪人', width: 12, kind: 'text' },
  { key: 'buyer', header: '买方', width: 28, kind: 'text' },
  { key: 'seller', header: '卖方', width: 28, kind: 'text' },
  { key: 'expectedValue', header: '预计成交额（元）', width: 18, kind: 'yuan' },
  { key: 'nextActionOn', header: '下次行动日期', width: 14, kind: 'date' },
  { key: 'nextAction', header: '下次行动', width: 28, kind: 'text' },
  { key: 'stageChangedAt', header: '进入本阶段时间', width: 18, kind: 'datetime' },
  { key: 'lostReason', header: '未成交原因', width: 24, kind: 'text' },
  { key: 'contract', header: '关联合同', width: 30, kind: 'text' },
  { key: 'contractNumber', header: '合同登记编号', width: 20, kind: 'text' },
  { key: 'createdAt', header: '创建时间', width: 18, kind: 'datetime' },
];

/** A broker's (or an organization's, or for the bureau anyone's) pipeline as .xlsx: deals by stage, figures, activity log. */
export async function exportPipeline(em: EntityManager, viewer: Viewer, scope: DealScope): Promise<ExcelJS.Buffer> {
  const queries = new DealQueryService(em);
  const where = queries.where(viewer, scope);
  const total = await em.count(Deal, where);
  if (total > MAX_EXPORT_DEALS) throw ExcelError.tooManyRows(total, MAX_EXPORT_DEALS);
  const deals = await em.find(Deal, where, { orderBy: { nextActionOn: 'asc nulls last', createdAt: 'asc', id: 'asc' } });
  deals.sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));
  const ids = (list: Array<string | undefined>) => [...new Set(list.filter((id): id is string => Boolean(id)))];
  const [organizations, users, contracts, activities, figures] = await Promise.all([
    em.find(Organization, { id: { $in: ids(deals.flatMap((d) => [d.buyer?.id, d.seller?.id])) } }),
    em.find(User, { id: { $in: ids(deals.map((d) => d.broker.id)) } }),
    em.find(TechContract, { id: { $in: ids(deals.map((d) => d.contract?.id)) } }),
    em.find(DealActivity, { deal: { $in: deals.map((d) => d.id) } }, { orderBy: { occurredAt: 'asc', id: 'asc' } }),
    queries.stageCounts(where),
  ]);
  const orgName = new Map(organizations.map((o) => [o.id, o.name]));
  const userName = new Map(users.map((u) => [u.id, u.displayName]));
  const contractOf = new Map(contracts.map((c) => [c.id, c]));
  const dealTitle = new Map(deals.map((d) => [d.id, d.title]));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiebang 揭榜';
  const sheet = workbook.addWorksheet('经纪项目');
  setColumns(sheet, DEAL_COLUMNS);
  for (const d of deals) {
    // The contract's title and number only: its amounts are for those who may see the contract itself.
    const contract = d.contract ? contractOf.get(d.contract.id) : undefined;
    sheet.addRow({
      stage: STAGE_LABELS[d.stage],
      title: d.title,
      broker: userName.get(d.broker.id) ?? '',
      buyer: d.buyer ? orgName.get(d.buyer.id) ?? '' : '',
      seller: d.seller ? orgName.get(d.seller.id) ?? '' : '',
      expectedValue: yuanCell(d.expectedValue),
      nextActionOn: dateCell(d.nextActionOn),
      nextAction: d.nextAction ?? '',
      stageChangedAt: cityDateTimeCell(d.stageChangedAt),
      lostReason: d.lostReason ?? '',
      contract: contract?.title ?? '',
      contractNumber: contract?.registrationNumber ?? '',
      createdAt: cityDateTimeCell(d.createdAt),
    });
  }

  const summary = workbook.addWorksheet('阶段汇总');
  setColumns(summary, [
    { key: 'stage', header: '阶段', width: 10, kind: 'text' },
    { key: 'count', header: '项目数', width: 10, kind: 'int' },
    { key: 'expectedValue', header: '预计成交额合计（元）', width: 22, kind: 'yuan' },
  ]);
  for (const f of figures) summary.addRow({ stage: STAGE_LABELS[f.stage], count: f.count, expectedValue: yuanCell(f.expectedValue) });

  const log = workbook.addWorksheet('活动记录');
  setColumns(log, [
    { key: 'deal', header: '项目名称', width: 34, kind: 'text' },
    { key: 'occurredAt', header: '时间', width: 18, kind: 'datetime' },
    { key: 'kind', header: '类型', width: 10, kind: 'text' },
    { key: 'change', header: '阶段', width: 16, kind: 'text' },
    { key: 'body', header: '内容', width: 50, kind: 'text' },
  ]);
  for (const a of activities) {
    log.addRow({
      deal: dealTitle.get(a.deal.id) ?? '',
      occurredAt: cityDateTimeCell(a.occurredAt),
      kind: ACTIVITY_LABELS[a.kind] ?? a.kind,
      change: a.toStage ? `${a.fromStage ? STAGE_LABELS[a.fromStage] : ''}→${STAGE_LABELS[a.toStage]}` : '',
      body: a.body,
    });
  }
  return workbook.xlsx.writeBuffer();
}

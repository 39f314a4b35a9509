import ExcelJS from 'exceljs';
import Decimal from 'decimal.js';
import { CONTRACT_COLUMNS } from '../../server/src/modules/excel/contract-sheet';
import { setUpBrokerWorld, sellerContract, type BrokerWorld } from '../broker/broker-fixtures';
import { CONTRACT_TABLES, contractInput, registrationNumber, thisYear } from '../contract/contract-fixtures';
import { dbFingerprint, ok } from '../support/challenge-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/harness';

const YEAR = thisYear();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PROGRESS = `query($year: Int!) { contractDashboard(year: $year) { progress { value contracts } } }`;

async function download(platform: TestPlatform, path: string, token?: string) {
  const response = await fetch(`${platform.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), body: Buffer.from(await response.arrayBuffer()) };
}

async function upload(platform: TestPlatform, mode: string, body: Buffer | Uint8Array, token?: string) {
  const response = await fetch(`${platform.url}/imports/contracts?mode=${mode}`, {
    method: 'POST',
    headers: { 'content-type': XLSX, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, json: (await response.json()) as any };
}

async function workbookOf(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const column = (header: string) => CONTRACT_COLUMNS.findIndex((c) => c.header === header) + 1;

describe('Excel export and import', () => {
  let source: TestPlatform;
  let world: BrokerWorld;
  let exported: Buffer;
  const amounts = ['0.10', '0.20', '0.10', '0.20', '1250000.55', '123456789012.34'];

  beforeAll(async () => {
    source = await startTestPlatform();
    world = await setUpBrokerWorld(source, `${YEAR}-01-02`);
    const tokens = { seller: world.tokens.seller, bureau: world.tokens.bureau };
    for (const [i, amount] of amounts.entries()) {
      await sellerContract(source, tokens, contractInput(world.orgIds.enterprise, world.orgIds.institute, {
        title: `历史合同${i + 1}`, contractAmount: amount, techTransactionAmount: amount, milestones: [],
        brokerIds: i % 2 ? [world.userIds.broker, world.userIds.colleague] : [],
      }), { registrationNumber: registrationNumber(YEAR) });
    }
    // A draft: not registered, so not in a REGISTERED export.
    await sellerContract(source, tokens, contractInput(world.orgIds.enterprise, world.orgIds.institute, { title: '草稿合同' }), { register: false });
    // Between two other parties: the enterprise does not see it.
    const university = await source.login('university@jiebang.demo');
    await sellerContract(source, { seller: university, bureau: world.tokens.bureau }, contractInput(world.orgIds.institute, world.orgIds.university, { title: '院校之间的合同', contractAmount: '5000.00', techTransactionAmount: '4000.00', milestones: [] }), { registrationNumber: registrationNumber(YEAR) });
  });
  afterAll(() => source.close());

  it('exports the visible registered contracts with Chinese headers, yuan and date formats, and exact totals', async () => {
    const file = await download(source, '/exports/contracts.xlsx?statuses=REGISTERED', world.tokens.bureau);
    expect(file.status).toBe(200);
    expect(file.type).toBe(XLSX);
    expect(file.disposition).toContain("filename*=UTF-8''%E6%8A%80%E6%9C%AF%E5%90%88%E5%90%8C.xlsx");
    exported = file.body;
    const workbook = await workbookOf(file.body);
    const sheet = workbook.getWorksheet('技术合同')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(CONTRACT_COLUMNS.map((c) => c.header));
    expect(sheet.actualRowCount).toBe(1 + amounts.length + 1);
    const rows = Array.from({ length: sheet.actualRowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const first = rows.find((r) => r.getCell(column('合同名称')).value === '历史合同6')!;
    const amount = first.getCell(column('成交额（元）'));
    expect(amount.value).toBe(123456789012.34);
    expect(amount.numFmt).toBe('#,##0.00');
    const signed = first.getCell(column('签订日期'));
    expect(signed.value).toBeInstanceOf(Date);
    expect(signed.numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(column('登记编号')).value).toMatch(/^\d{16}$/);
    expect(first.getCell(column('合同类别')).value).toBe('委托开发');
    expect(first.getCell(column('买方法人类型')).value).toBe('企业');
    expect(first.getCell(column('技术经纪人证书编号')).value).toBe('QD-JJR-2026-0001、QD-JJR-2026-0002');
    expect(first.getCell(column('合同状态')).value).toBe('已登记');
    const summary = workbook.getWorksheet('汇总')!;
    const expected = amounts.reduce((sum, a) => sum.plus(a), new Decimal('5000.00'));
    expect(summary.getRow(2).getCell(2).value).toBe(amounts.length + 1);
    expect(new Decimal(summary.getRow(3).getCell(2).value as number).toFixed(2)).toBe(expected.toFixed(2));
  });

  it('exports only what the viewer may see, and refuses bad filters and anonymous callers', async () => {
    const enterprise = await workbookOf((await download(source, '/exports/contracts.xlsx', world.tokens.buyer)).body);
    const titles = enterprise.getWorksheet('技术合同')!.getColumn(column('合同名称')).values.slice(2);
    expect(titles).toHaveLength(amounts.length + 1);
    expect(titles).toContain('草稿合同');
    expect(titles).not.toContain('院校之间的合同');
    const other = await workbookOf((await download(source, '/exports/contracts.xlsx', world.tokens.otherBroker)).body);
    expect(other.getWorksheet('技术合同')!.actualRowCount).toBe(1);

    const bad = await download(source, '/exports/contracts.xlsx?statuses=SIGNED', world.tokens.bureau);
    expect(bad.status).toBe(400);
    expect(bad.disposition).toBeNull();
    expect(JSON.parse(bad.body.toString()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'statuses' }] });
    const badYear = await download(source, '/exports/contracts.xlsx?registeredYear=26', world.tokens.bureau);
    expect(badYear.status).toBe(400);
    const anonymous = await download(source, '/exports/contracts.xlsx');
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('exports the target report with the dashboard’s figures', async () => {
    const file = await download(source, `/exports/target-report.xlsx?year=${YEAR}`, world.tokens.expert);
    expect(file.status).toBe(200);
    const workbook = await workbookOf(file.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['目标进度', '按月', '按合同类别', '按技术领域', '按区（市）', '按主体类型']);
    const dashboard = (await ok(source, PROGRESS, { year: YEAR }, world.tokens.expert)).progress;
    const progress = workbook.getWorksheet('目标进度')!;
    const valueOf = (item: string) => progress.getColumn(2).values[(progress.getColumn(1).values as unknown[]).indexOf(item)];
    expect(new Decimal(valueOf('已完成（元）') as number).toFixed(2)).toBe(dashboard.value);
    expect(valueOf('已登记合同数')).toBe(dashboard.contracts);
    expect(valueOf('新增技术转移人才（人）')).toBe(3);
    expect(workbook.getWorksheet('按月')!.actualRowCount).toBe(13);
    expect(workbook.getWorksheet('按月')!.getRow(2).getCell(3).numFmt).toBe('#,##0.00');
    expect((await download(source, '/exports/target-report.xlsx', world.tokens.expert)).status).toBe(400);
  });

  describe('import', () => {
    let target: TestPlatform;
    let bureau: string;

    beforeAll(async () => {
      target = await startTestPlatform();
      // Same brokers (by certificate) in the other database; no contracts.
      await setUpBrokerWorld(target, `${YEAR}-01-02`);
      bureau = await target.login('bureau@jiebang.demo');
    });
    afterAll(() => target.close());

    it('round trip: an export imported into an empty database gives the same totals, by amount and by broker', async () => {
      expect(await target.count('tech_contract')).toBe(0);
      const result = await upload(target, 'all', exported, bureau);
      expect(result.status).toBe(200);
      const expected = amounts.reduce((sum, a) => sum.plus(a), new Decimal('5000.00'));
      expect(result.json.data.importContracts).toMatchObject({ mode: 'all', rows: amounts.length + 1, imported: amounts.length + 1, skipped: 0, problems: [], contractAmountTotal: expected.toFixed(2) });
      const [before, after] = await Promise.all([ok(source, PROGRESS, { year: YEAR }, world.tokens.bureau), ok(target, PROGRESS, { year: YEAR }, bureau)]);
      expect(after.progress).toEqual(before.progress);
      const kpi = `query($year: Int!) { brokerKpis(year: $year) { registeredContracts registeredContractAmount } }`;
      const broker = await target.login('broker@jiebang.demo');
      expect(await ok(target, kpi, { year: YEAR }, broker)).toEqual(await ok(source, kpi, { year: YEAR }, world.tokens.broker));
      const again = await workbookOf((await download(target, '/exports/contracts.xlsx', bureau)).body);
      expect(again.getWorksheet('汇总')!.getRow(3).getCell(2).value).toBe((await workbookOf(exported)).getWorksheet('汇总')!.getRow(3).getCell(2).value);

      // The same file again: every row is a duplicate of the database now, and nothing is written.
      const fingerprint = await dbFingerprint(target, CONTRACT_TABLES);
      const duplicate = await upload(target, 'all', exported, bureau);
      expect(duplicate.status).toBe(422);
      expect(duplicate.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ROWS', invalidRows: amounts.length + 1 });
      expect(duplicate.json.errors[0].extensions.problems[0]).toMatchObject({ row: 2, column: 'A', header: '登记编号', reason: expect.stringContaining('already used') });
      expect(await dbFingerprint(target, CONTRACT_TABLES)).toEqual(fingerprint);
    });

    it('refuses uploads from others, files that are not workbooks, missing columns and oversized bodies', async () => {
      const fingerprint = await dbFingerprint(target, CONTRACT_TABLES);
      expect((await upload(target, 'all', exported)).status).toBe(401);
      const forbidden = await upload(target, 'all', exported, await target.login('enterprise@jiebang.demo'));
      expect([forbidden.status, forbidden.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
      const notXlsx = await upload(target, 'all', Buffer.from('登记编号,合同名称\n1,2\n'), bureau);
      expect([notXlsx.status, notXlsx.json.errors[0].extensions.reason]).toEqual([400, 'NOT_A_WORKBOOK']);
      const workbook = await workbookOf(exported);
      workbook.getWorksheet('技术合同')!.spliceColumns(column('成交额（元）'), 1);
      const missing = await upload(target, 'all', Buffer.from(await workbook.xlsx.writeBuffer()), bureau);
      expect([missing.status, missing.json.errors[0].extensions.missingColumns]).toEqual([400, ['成交额（元）']]);
      const huge = await upload(target, 'all', Buffer.alloc(11 * 1024 * 1024), bureau);
      expect([huge.status, huge.json.errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      const badMode = await upload(target, 'some', exported, bureau);
      expect(badMode.status).toBe(400);
      expect(await dbFingerprint(target, CONTRACT_TABLES)).toEqual(fingerprint);
    });
  });

  describe('a file with bad rows', () => {
    let target: TestPlatform;
    let bureau: string;
    let file: Buffer;

    beforeAll(async () => {
      target = await startTestPlatform();
      bureau = await target.login('bureau@jiebang.demo');
      const workbook = await workbookOf(exported);
      const sheet = workbook.getWorksheet('技术合同')!;
      const cell = (row: number, header: string) => sheet.getRow(row).getCell(column(header));
      cell(2, '成交额（元）').value = -5;
      cell(3, '技术交易额（元）').value = 99999999;
      cell(4, '登记编号').value = cell(5, '登记编号').value;
      cell(6, '签订日期').value = '去年春天';
      cell(7, '买方法人类型').value = '个体户';
      // Rows 3, 5 and 7 credit brokers whose certificates this database does not know. Rows 4 and 8 stay valid;
      // Excel's own float noise must not break an amount: 0.1 + 0.2 shows as 0.3.
      cell(4, '成交额（元）').value = 0.1 + 0.2;
      cell(4, '技术交易额（元）').value = 0.3;
      // A blank row in the middle is ignored.
      sheet.insertRow(9, []);
      file = Buffer.from(await workbook.xlsx.writeBuffer());
    });
    afterAll(() => target.close());

    it('gives the per-row report (row, column, reason) and writes nothing', async () => {
      const fingerprint = await dbFingerprint(target, CONTRACT_TABLES);
      const result = await upload(target, 'all', file, bureau);
      expect(result.status).toBe(422);
      const { problems, rows, invalidRows } = result.json.errors[0].extensions;
      expect(rows).toBe(amounts.length + 1);
      const byRow = (row: number) => problems.filter((p: any) => p.row === row && p.header !== '技术经纪人证书编号').map((p: any) => `${p.column} ${p.header}`);
      expect(byRow(2)).toEqual([`P 成交额（元）`]);
      expect(byRow(3)).toEqual([`Q 技术交易额（元）`]);
      expect(byRow(4)).toEqual([]);
      expect(problems.find((p: any) => p.row === 5 && p.column === 'A')).toMatchObject({ column: 'A', header: '登记编号', reason: expect.stringContaining('repeats row 4') });
      expect(byRow(6)).toEqual(['R 签订日期']);
      expect(byRow(7)).toEqual(['K 买方法人类型']);
      // Unknown certificates, one problem each (two brokers per row).
      expect(problems.filter((p: any) => p.header === '技术经纪人证书编号').map((p: any) => `${p.row} ${p.column}`)).toEqual(['3 U', '3 U', '5 U', '5 U', '7 U', '7 U']);
      expect(problems.find((p: any) => p.row === 3 && p.column === 'U').reason).toContain('QD-JJR-2026-0001');
      expect(invalidRows).toBe(5);
      expect(await dbFingerprint(target, CONTRACT_TABLES)).toEqual(fingerprint);
    });

    it('validOnly imports exactly the valid rows', async () => {
      const result = await upload(target, 'validOnly', file, bureau);
      expect(result.status).toBe(200);
      const report = result.json.data.importContracts;
      expect(report).toMatchObject({ mode: 'validOnly', rows: amounts.length + 1, imported: 2, skipped: amounts.length - 1 });
      expect(await target.count('tech_contract')).toBe(2);
      const list = await ok(target, `{ contracts(first: 10) { totalCount edges { node { title contractAmount status } } } }`, {}, bureau);
      const titles = list.edges.map((e: any) => e.node.title).sort();
      const sheet = (await workbookOf(file)).getWorksheet('技术合同')!;
      expect(titles).toEqual([sheet.getRow(4).getCell(column('合同名称')).value, sheet.getRow(8).getCell(column('合同名称')).value].sort());
      expect(list.edges.every((e: any) => e.node.status === 'REGISTERED')).toBe(true);
      expect(list.edges.map((e: any) => e.node.contractAmount).sort()).toEqual(['0.30', '5000.00']);
      expect(report.contractAmountTotal).toBe(list.edges.reduce((sum: Decimal, e: any) => sum.plus(e.node.contractAmount), new Decimal(0)).toFixed(2));
    });
  });
});

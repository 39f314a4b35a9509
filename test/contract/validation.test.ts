import Decimal from 'decimal.js';
import { ContractRegistrationService } from '../../server/src/modules/contract/contract-registration.service';
import type { HistoricalContractData } from '../../server/src/modules/contract/contract-validation';
import { IpType, PlanSource, PartyType } from '../../server/src/modules/contract/contract.types';
import { rebuildRollups } from '../../server/src/modules/target/contract-rollup';
import { creditCode } from '../../seeds/demo-data';
import { ok } from '../support/challenge-fixtures';
import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { cityToday, contractFingerprint, contractInput, organizationIdOf, registrationNumber, thisYear } from './contract-fixtures';

const CREATE = `mutation($input: ContractInput!) { createContract(input: $input) { id status } }`;
const REGISTER = `mutation($i: RegisterContractInput!) { registerContract(input: $i) { status registrationNumber } }`;
const BEIJING_SELLER = creditCode('91110108MA01C3K7X');

describe('contract validation: clear errors, nothing written', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};
  let enterpriseId: string;
  let instituteId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const role of ['enterprise', 'bureau', 'institute', 'broker']) tokens[role] = await platform.login(`${role}@jiebang.demo`);
    enterpriseId = await organizationIdOf(platform, tokens.enterprise);
    instituteId = await organizationIdOf(platform, tokens.institute);
  });
  afterAll(() => platform.close());

  async function refused(query: string, variables: Record<string, unknown>, token: string) {
    const before = await contractFingerprint(platform);
    const result = await platform.gql(query, variables, token);
    expect(await contractFingerprint(platform)).toEqual(before);
    expect(result.errors).toHaveLength(1);
    return result;
  }

  const fieldsOf = (result: any) => (result.errors[0].extensions.fields ?? []).map((p: any) => p.field);

  it('refuses 技术交易额 above 成交额, naming the field', async () => {
    const result = await refused(CREATE, { input: contractInput(enterpriseId, instituteId, { contractAmount: '100000.00', techTransactionAmount: '100000.01', milestones: [] }) }, tokens.institute);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['techTransactionAmount']);
    expect(result.errors![0].message).toMatch(/must not exceed/);
  });

  it('refuses a negative amount, at the edge and in the service', async () => {
    const result = await refused(CREATE, { input: contractInput(enterpriseId, instituteId, { contractAmount: '-5.00' }) }, tokens.institute);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(/non-negative/);
    const problems = await new ContractRegistrationService(platform.orm.em.fork()).validateHistorical({
      ...(contractInput(enterpriseId, instituteId, { contractAmount: '-5.00', milestones: [] }) as unknown as HistoricalContractData),
      registrationNumber: registrationNumber(), registeredOn: cityToday(),
    });
    expect(problems).toEqual(expect.arrayContaining([{ field: 'contractAmount', message: 'must not be negative' }]));
  });

  it('refuses dates out of order and milestones above the amount, reporting every problem at once', async () => {
    const result = await refused(CREATE, {
      input: contractInput(enterpriseId, instituteId, {
        validFrom: '2026-06-01', validTo: '2026-05-31', signedOn: '2026-05-01',
        milestones: [{ title: '首付款', dueOn: '2026-06-01', amount: '500000.00' }, { title: '尾款', dueOn: '2026-07-01', amount: '300000.01' }],
        categoryCode: 'DEVELOPMENT', fieldCode: 'NO.SUCH.FIELD',
      }),
    }, tokens.institute);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result).sort()).toEqual(['categoryCode', 'fieldCode', 'milestones', 'validTo']);
  });

  it('refuses brokers without the BROKER role and parties the viewer does not belong to', async () => {
    const enterpriseUser = (await ok(platform, `{ viewer { id } }`, {}, tokens.enterprise)).id;
    const notBroker = await refused(CREATE, { input: contractInput(enterpriseId, instituteId, { brokerIds: [enterpriseUser] }) }, tokens.institute);
    expect(fieldsOf(notBroker)).toEqual(['brokerIds[0]']);
    const outsider = await refused(CREATE, { input: contractInput(enterpriseId, instituteId) }, tokens.broker);
    expect(errorCode(outsider)).toBe('FORBIDDEN');
  });

  describe('registration numbers', () => {
    let contractId: string;
    const year = thisYear();

    beforeAll(async () => {
      contractId = (await ok(platform, CREATE, { input: contractInput(enterpriseId, instituteId) }, tokens.institute)).id;
      await ok(platform, `mutation { submitContract(id: "${contractId}") { status } }`, {}, tokens.institute);
    });

    it.each([
      ['12345', /16 digits/],
      ['2026-37-0212-0001', /16 digits/],
      [`${year}370212000000`.padEnd(16, '0'), /serial 000000/],
      [`${year - 1}370212000001`, /year of registration/],
      [`${year}990000000001`, /region code/],
      [`${year}370299000001`, /region code/],
    ])('refuses the malformed number %s', async (number, message) => {
      const result = await refused(REGISTER, { i: { contractId, registrationNumber: number } }, tokens.bureau);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(['registrationNumber']);
      expect(result.errors![0].message).toMatch(message);
    });

    it('refuses a registration date in the future or before signing, and a missing number', async () => {
      const future = await refused(REGISTER, { i: { contractId, registrationNumber: registrationNumber(), registeredOn: `${year + 1}-01-02` } }, tokens.bureau);
      expect(fieldsOf(future)).toContain('registeredOn');
      const missing = await refused(REGISTER, { i: { contractId } }, tokens.bureau);
      expect(fieldsOf(missing)).toEqual(['registrationNumber']);
    });

    it('refuses a duplicate registration number with CONFLICT', async () => {
      const number = registrationNumber();
      const other = (await ok(platform, CREATE, { input: contractInput(enterpriseId, instituteId, { title: '另一份合同' }) }, tokens.institute)).id;
      await ok(platform, `mutation { submitContract(id: "${other}") { status } }`, {}, tokens.institute);
      expect(await ok(platform, REGISTER, { i: { contractId: other, registrationNumber: number } }, tokens.bureau)).toEqual({ status: 'REGISTERED', registrationNumber: number });
      const duplicate = await refused(REGISTER, { i: { contractId, registrationNumber: number } }, tokens.bureau);
      expect(errorCode(duplicate)).toBe('CONFLICT');
      expect(duplicate.errors![0].extensions!.reason).toBe('REGISTRATION_NUMBER_TAKEN');
      expect(await ok(platform, `{ contract(id: "${contractId}") { status registrationNumber } }`, {}, tokens.bureau)).toEqual({ status: 'SUBMITTED', registrationNumber: null });
    });
  });

  describe('historical import (the Excel import entry points)', () => {
    const historical = (i: number, overrides: Partial<HistoricalContractData> = {}): HistoricalContractData => ({
      title: `历史合同${i}`, categoryCode: i % 2 ? 'SERVICE.GENERAL' : 'CONSULTING', fieldCode: 'MARINE.INFO', ipType: IpType.NONE, planSource: PlanSource.NONE,
      buyer: { name: '北京某科技有限公司', creditCode: BEIJING_SELLER, regionCode: '110108', partyType: PartyType.ENTERPRISE },
      seller: { organizationId: instituteId },
      contractAmount: i % 2 ? '0.20' : '0.10', techTransactionAmount: i % 2 ? '0.20' : '0.10',
      signedOn: `${thisYear() - 1}-01-01`, validFrom: `${thisYear() - 1}-01-01`, validTo: `${thisYear() - 1}-12-31`,
      registrationNumber: `${thisYear() - 1}370212${String(100000 + i)}`, registeredOn: `${thisYear() - 1}-0${1 + (i % 9)}-15`.replace(/-0(\d{2})-/, '-$1-'),
      ...overrides,
    });

    it('reports every bad row with its fields and writes nothing', async () => {
      const service = new ContractRegistrationService(platform.orm.em.fork());
      const before = await contractFingerprint(platform);
      const rows = [historical(1), historical(2, { techTransactionAmount: '5.00' }), historical(3, { registrationNumber: historical(1).registrationNumber }), historical(4, { registeredOn: '2000-01-01' })];
      await expect(service.importHistorical(rows)).rejects.toMatchObject({
        reason: 'INVALID_ROWS',
        details: {
          rows: [
            { index: 1, fields: [expect.objectContaining({ field: 'techTransactionAmount' })] },
            { index: 2, fields: [expect.objectContaining({ field: 'registrationNumber', message: 'repeats row 1 of this batch' })] },
            { index: 3, fields: [expect.objectContaining({ field: 'registeredOn' }), expect.objectContaining({ field: 'registrationNumber' })] },
          ],
        },
      });
      expect(await service.validateHistorical(historical(5))).toEqual([]);
      expect(await contractFingerprint(platform)).toEqual(before);
    });

    it('sums many 0.10 and 0.20 amounts exactly, in the dashboard and in the rollups', async () => {
      const year = thisYear() - 1;
      const items = Array.from({ length: 301 }, (_, i) => historical(1000 + i));
      await new ContractRegistrationService(platform.orm.em.fork()).importHistorical(items);
      const expected = items.reduce((sum, item) => sum.plus(item.contractAmount), new Decimal(0)).toFixed(2);
      expect(expected).toBe('45.10');
      // The same sum in floating point is not exact: the test would catch a float anywhere on the way.
      expect(items.reduce((sum, item) => sum + Number(item.contractAmount), 0)).not.toBe(45.1);
      const dashboard = await ok(platform, `{ contractDashboard(year: ${year}) { progress { value contracts } byMonth { amount cumulative }
        byCategory(level: LEAF) { key amount } byDistrict { key amount } byPartyType { key amount } topSellers { creditCode amount contracts } } }`, {}, tokens.broker);
      expect(dashboard.progress).toEqual({ value: expected, contracts: 301 });
      expect(dashboard.byMonth.at(-1).cumulative).toBe(expected);
      expect(dashboard.byMonth.reduce((sum: Decimal, m: any) => sum.plus(m.amount), new Decimal(0)).toFixed(2)).toBe(expected);
      expect(dashboard.byCategory).toEqual([{ key: 'SERVICE.GENERAL', amount: '30.00' }, { key: 'CONSULTING', amount: '15.10' }]);
      expect(dashboard.byDistrict).toEqual([{ key: '370212', amount: expected }]);
      expect(dashboard.byPartyType).toEqual([{ key: 'INSTITUTE', amount: expected }]);
      expect(dashboard.topSellers).toEqual([{ creditCode: expect.any(String), amount: expected, contracts: 301 }]);
      // Inflow: the buyer is in Beijing, so nothing counts.
      const inflow = await ok(platform, `{ contractDashboard(year: ${year}, flowBasis: INFLOW) { progress { value contracts } } }`, {}, tokens.broker);
      expect(inflow.progress).toEqual({ value: '0.00', contracts: 0 });

      const connection = platform.orm.em.getConnection();
      const snapshot = () => connection.execute(`select * from contract_rollup order by 1, 2, 3, 4, 5`);
      const incremental = await snapshot();
      await rebuildRollups(platform.orm.em.fork());
      expect(await snapshot()).toEqual(incremental);
    });
  });
});

import Decimal from 'decimal.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldProblem } from '../../errors';
import { TechField } from '../field/tech-field.entity';
import { creditCodeProblem, CREDIT_CODE_MESSAGES } from '../organization/credit-code';
import { Organization } from '../organization/organization.entity';
import { regionCodeProblem } from '../organization/regions';
import { User } from '../user/user.entity';
import { ContractCategory } from './contract-category.entity';
import type { MilestoneSnapshot } from './contract-registration.entity';
import { cityToday, isIsoDate } from './contract-dates';
import { IpType, PARTY_TYPE_OF_KIND, PartyType, PlanSource } from './contract.types';
import { registrationNumberProblem } from './registration-number';

/** A party as given: a platform organization, or (for parties without an account) the registration form's columns. */
export interface ContractPartyData {
  organizationId?: string | null;
  name?: string | null;
  creditCode?: string | null;
  regionCode?: string | null;
  partyType?: PartyType | null;
}

export interface ContractMilestoneData {
  title: string;
  dueOn: string;
  amount: string;
  paidOn?: string | null;
}

/** Everything a contract states. Plain data, so GraphQL inputs, the Excel import and seeds use the same checks. */
export interface ContractData {
  title: string;
  description?: string | null;
  categoryCode: string;
  fieldCode: string;
  ipType: IpType;
  planSource: PlanSource;
  buyer: ContractPartyData;
  seller: ContractPartyData;
  contractAmount: string;
  techTransactionAmount: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  milestones?: ContractMilestoneData[] | null;
  /** Users with the BROKER role credited with the contract. */
  brokerIds?: string[] | null;
}

/** A contract registered before the platform existed: as ContractData, plus its registration. */
export interface HistoricalContractData extends ContractData {
  registrationNumber: string;
  registeredOn: string;
}

export interface PartySnapshot {
  organization: Organization | null;
  name: string;
  creditCode: string;
  regionCode: string;
  partyType: PartyType;
}

export interface CheckedContract {
  data: ContractData;
  category: ContractCategory;
  field: TechField;
  buyer: PartySnapshot;
  seller: PartySnapshot;
  milestones: MilestoneSnapshot[];
  brokerIds: string[];
}

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a text is not an amount in yuan (non-negative, two decimals, fits numeric(14,2)), or null. */
export function moneyProblem(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return 'is required (an amount in yuan such as "1250000.00")';
  const text = String(value).trim();
  if (/^-/.test(text)) return 'must not be negative';
  if (!MONEY.test(text)) return 'must be an amount in yuan with at most two decimals, below 1,000,000,000,000 (e.g. "1250000.00")';
  return null;
}

/**
 * Reference data needed to check contracts, read once per batch: an import of thousands of rows does not look up
 * categories and fields row by row.
 */
export class ContractReferences {
  private categories?: Map<string, { category: ContractCategory; leaf: boolean }>;
  private fields?: Map<string, TechField>;
  private organizations = new Map<string, Organization | null>();
  private brokers = new Map<string, boolean>();

  constructor(private readonly em: EntityManager) {}

  async category(code: string) {
    if (!this.categories) {
      const all = await this.em.find(ContractCategory, {});
      const parents = new Set(all.map((c) => c.parentCode).filter(Boolean));
      this.categories = new Map(all.map((c) => [c.code, { category: c, leaf: !parents.has(c.code) }]));
    }
    return this.categories.get(code) ?? null;
  }

  async field(code: string) {
    this.fields ??= new Map((await this.em.find(TechField, {})).map((f) => [f.code, f]));
    return this.fields.get(code) ?? null;
  }

  async organization(key: { id?: string | null; creditCode?: string | null }): Promise<Organization | null> {
    const cacheKey = key.id ? `id:${key.id}` : `cc:${key.creditCode}`;
    if (!this.organizations.has(cacheKey)) {
      const found = key.id
        ? UUID.test(key.id) ? await this.em.findOne(Organization, { id: key.id }) : null
        : await this.em.findOne(Organization, { creditCode: key.creditCode! });
      this.organizations.set(cacheKey, found);
    }
    return this.organizations.get(cacheKey) ?? null;
  }

  async isBroker(userId: string): Promise<boolean> {
    if (!this.brokers.has(userId)) {
      const user = UUID.test(userId) ? await this.em.findOne(User, { id: userId }, { fields: ['isBroker'] }) : null;
      this.brokers.set(userId, Boolean(user?.isBroker));
    }
    return this.brokers.get(userId)!;
  }
}

async function checkParty(refs: ContractReferences, party: ContractPartyData | null | undefined, prefix: string, problems: FieldProblem[]): Promise<PartySnapshot | null> {
  if (!party) {
    problems.push({ field: prefix, message: 'is required' });
    return null;
  }
  const creditCode = party.creditCode?.trim().toUpperCase() || null;
  let organization: Organization | null = null;
  if (party.organizationId) {
    organization = await refs.organization({ id: party.organizationId });
    if (!organization) {
      problems.push({ field: `${prefix}.organizationId`, message: 'is not a registered organization' });
      return null;
    }
  } else if (creditCode && !creditCodeProblem(creditCode)) {
    // A party named by credit code that has an account is linked, so its members see the contract.
    organization = await refs.organization({ creditCode });
  }
  const snapshot = {
    organization,
    name: party.name?.trim() || organization?.name || '',
    creditCode: creditCode || organization?.creditCode || '',
    regionCode: party.regionCode?.trim() || organization?.regionCode || '',
    partyType: party.partyType ?? (organization ? PARTY_TYPE_OF_KIND[organization.kind] : null),
  };
  const before = problems.length;
  if (!snapshot.name) problems.push({ field: `${prefix}.name`, message: 'is required' });
  const ccProblem = snapshot.creditCode ? creditCodeProblem(snapshot.creditCode) : 'LENGTH';
  if (!snapshot.creditCode) problems.push({ field: `${prefix}.creditCode`, message: 'is required (统一社会信用代码)' });
  else if (ccProblem) problems.push({ field: `${prefix}.creditCode`, message: CREDIT_CODE_MESSAGES[ccProblem] });
  const regionProblem = snapshot.regionCode ? regionCodeProblem(snapshot.regionCode) : 'is required (GB/T 2260 code)';
  if (regionProblem) problems.push({ field: `${prefix}.regionCode`, message: regionProblem });
  if (!snapshot.partyType) problems.push({ field: `${prefix}.partyType`, message: 'is required' });
  else if (!Object.values(PartyType).includes(snapshot.partyType)) problems.push({ field: `${prefix}.partyType`, message: `must be one of ${Object.values(PartyType).join(', ')}` });
  return problems.length > before ? null : (snapshot as PartySnapshot);
}

function checkDate(value: unknown, field: string, problems: FieldProblem[]): boolean {
  if (!isIsoDate(value)) {
    problems.push({ field, message: 'must be a date as YYYY-MM-DD' });
    return false;
  }
  return true;
}

/**
 * Checks a contract as a whole and returns every problem (field + message) rather than the first one; a
 * contract is written only when the list is empty. The same rules bind GraphQL, imports and seeds.
 */
export async function checkContract(refs: ContractReferences, data: ContractData): Promise<{ problems: FieldProblem[]; checked: CheckedContract | null }> {
  const problems: FieldProblem[] = [];
  if (!data.title?.trim()) problems.push({ field: 'title', message: 'is required' });
  else if (data.title.trim().length > 200) problems.push({ field: 'title', message: 'must be at most 200 characters' });

  const category = data.categoryCode ? await refs.category(data.categoryCode) : null;
  if (!category) problems.push({ field: 'categoryCode', message: 'is not a known contract category' });
  else if (!category.leaf) problems.push({ field: 'categoryCode', message: `is a group (${category.category.name}): choose one of its subcategories` });
  const field = data.fieldCode ? await refs.field(data.fieldCode) : null;
  if (!field) problems.push({ field: 'fieldCode', message: 'is not a known technology field' });
  if (!Object.values(IpType).includes(data.ipType)) problems.push({ field: 'ipType', message: `must be one of ${Object.values(IpType).join(', ')}` });
  if (!Object.values(PlanSource).includes(data.planSource)) problems.push({ field: 'planSource', message: `must be one of ${Object.values(PlanSource).join(', ')}` });

  const buyer = await checkParty(refs, data.buyer, 'buyer', problems);
  const seller = await checkParty(refs, data.seller, 'seller', problems);
  if (buyer && seller && buyer.creditCode === seller.creditCode) {
    problems.push({ field: 'seller', message: 'must be a different party from the buyer' });
  }

  const amountProblem = moneyProblem(data.contractAmount);
  const techProblem = moneyProblem(data.techTransactionAmount);
  if (amountProblem) problems.push({ field: 'contractAmount', message: amountProblem });
  if (techProblem) problems.push({ field: 'techTransactionAmount', message: techProblem });
  if (!amountProblem && !techProblem && new Decimal(data.techTransactionAmount).gt(data.contractAmount)) {
    problems.push({ field: 'techTransactionAmount', message: `(技术交易额 ${data.techTransactionAmount}) must not exceed contractAmount (成交额 ${data.contractAmount})` });
  }

  const datesOk = [checkDate(data.signedOn, 'signedOn', problems), checkDate(data.validFrom, 'validFrom', problems), checkDate(data.validTo, 'validTo', problems)].every(Boolean);
  if (datesOk) {
    if (data.validFrom > data.validTo) problems.push({ field: 'validTo', message: `(${data.validTo}) must not be before validFrom (${data.validFrom})` });
    if (data.signedOn > data.validTo) problems.push({ field: 'signedOn', message: `(${data.signedOn}) must not be after the end of validity (${data.validTo})` });
    if (data.signedOn > cityToday()) problems.push({ field: 'signedOn', message: 'must not be in the future' });
  }

  const milestones = data.milestones ?? [];
  let total = new Decimal(0);
  milestones.forEach((m, i) => {
    const at = `milestones[${i}]`;
    if (!m.title?.trim()) problems.push({ field: `${at}.title`, message: 'is required' });
    checkDate(m.dueOn, `${at}.dueOn`, problems);
    if (m.paidOn != null && checkDate(m.paidOn, `${at}.paidOn`, problems) && m.paidOn > cityToday()) {
      problems.push({ field: `${at}.paidOn`, message: 'must not be in the future' });
    }
    const problem = moneyProblem(m.amount);
    if (problem) problems.push({ field: `${at}.amount`, message: problem });
    else total = total.plus(m.amount);
  });
  if (!amountProblem && total.gt(data.contractAmount)) {
    problems.push({ field: 'milestones', message: `add up to ${total.toFixed(2)}, more than contractAmount (${data.contractAmount})` });
  }

  const brokerIds = [...new Set(data.brokerIds ?? [])];
  for (const [i, id] of brokerIds.entries()) {
    if (!(await refs.isBroker(id))) problems.push({ field: `brokerIds[${i}]`, message: 'is not a user with the BROKER role' });
  }

  if (problems.length || !category || !field || !buyer || !seller) return { problems, checked: null };
  return {
    problems,
    checked: {
      data: { ...data, title: data.title.trim(), contractAmount: String(data.contractAmount).trim(), techTransactionAmount: String(data.techTransactionAmount).trim() },
      category: category.category,
      field,
      buyer,
      seller,
      milestones: milestones.map((m) => ({ title: m.title.trim(), dueOn: m.dueOn, amount: String(m.amount).trim(), paidOn: m.paidOn ?? null })),
      brokerIds,
    },
  };
}

/** The registration of a historical contract: number well-formed, date neither before signing nor in the future. */
export function registrationProblems(data: { registrationNumber?: string | null; registeredOn?: string | null; signedOn?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const number = data.registrationNumber?.trim() ?? '';
  const dateOk = checkDate(data.registeredOn, 'registeredOn', problems);
  if (dateOk && data.registeredOn! > cityToday()) problems.push({ field: 'registeredOn', message: 'must not be in the future' });
  if (dateOk && isIsoDate(data.signedOn) && data.registeredOn! < data.signedOn) {
    problems.push({ field: 'registeredOn', message: `(${data.registeredOn}) must not be before the signing date (${data.signedOn})` });
  }
  const numberProblem = registrationNumberProblem(number, dateOk ? data.registeredOn : null);
  if (numberProblem) problems.push({ field: 'registrationNumber', message: numberProblem });
  return problems;
}

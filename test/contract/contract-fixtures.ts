import { creditCode } from '../../seeds/demo-data';
import { bidInput, challengeInput, dbFingerprint, ok, passDeadline } from '../support/challenge-fixtures';
import type { TestPlatform } from '../support/harness';

/** Every table a contract or registration mutation can write to. */
export const CONTRACT_TABLES = [
  'tech_contract',
  'contract_milestone',
  'contract_broker',
  'contract_registration',
  'contract_rollup',
  'challenge',
] as const;

export const contractFingerprint = (platform: TestPlatform) => dbFingerprint(platform, CONTRACT_TABLES);

export const CONTRACT_FIELDS = `id title status categoryCode fieldCode ipType planSource contractAmount techTransactionAmount
  signedOn validFrom validTo registrationNumber registeredOn registeredVersion terminatedOn
  buyer { name creditCode regionCode partyType inCity } seller { name creditCode regionCode partyType inCity }
  milestones { id position title dueOn amount paidOn } brokers { id displayName }
  registrations { kind status version contractAmount techTransactionAmount rejectionReason registrationNumber registeredOn reason }
  challenge { id } bid { id price }`;

export async function organizationIdOf(platform: TestPlatform, token: string): Promise<string> {
  const viewer = await ok(platform, `{ viewer { memberships { organization { id } } } }`, {}, token);
  return viewer.memberships[0].organization.id;
}

export async function userIdOf(platform: TestPlatform, token: string): Promise<string> {
  return (await ok(platform, `{ viewer { id } }`, {}, token)).id;
}

/** Today in Qingdao, as the server sees it. */
export function cityToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export const thisYear = () => Number(cityToday().slice(0, 4));

let serial = 0;
/** A well-formed registration number for this year at 崂山区, unique within the test run. */
export function registrationNumber(year = thisYear()): string {
  serial += 1;
  return `${year}370212${String(process.pid % 1000).padStart(3, '0')}${String(serial).padStart(3, '0')}`;
}

/** A complete valid contract between the given organizations; override any field. */
export function contractInput(buyerId: string, sellerId: string, overrides: Record<string, unknown> = {}) {
  const today = cityToday();
  return {
    title: '海洋观测浮标数据融合技术开发',
    description: '浮标多源观测数据的质量控制与融合算法开发。',
    categoryCode: 'DEVELOPMENT.COMMISSIONED',
    fieldCode: 'MARINE.INFO',
    ipType: 'SOFTWARE_COPYRIGHT',
    planSource: 'NONE',
    buyer: { organizationId: buyerId },
    seller: { organizationId: sellerId },
    contractAmount: '800000.00',
    techTransactionAmount: '650000.00',
    signedOn: today,
    validFrom: today,
    validTo: `${Number(today.slice(0, 4)) + 1}-12-31`,
    milestones: [
      { title: '预付款', dueOn: today, amount: '240000.00' },
      { title: '验收款', dueOn: `${Number(today.slice(0, 4)) + 1}-06-30`, amount: '560000.00' },
    ],
    ...overrides,
  };
}

/** A 揭榜 challenge of enterprise@ awarded to institute@'s bid (price 1,200,000.00). */
export async function awardedChallenge(platform: TestPlatform, tokens: Record<string, string>, overrides: Record<string, unknown> = {}) {
  const challenge = await ok(platform, `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`, { input: challengeInput(overrides) }, tokens.enterprise);
  await ok(platform, `mutation { submitChallenge(id: "${challenge.id}") { status } }`, {}, tokens.enterprise);
  await ok(platform, `mutation { publishChallenge(id: "${challenge.id}") { status } }`, {}, tokens.bureau);
  const bid = await ok(platform, `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id } }`, { input: bidInput(challenge.id) }, tokens.institute);
  await passDeadline(platform, challenge.id);
  await ok(platform, `mutation($i: AwardInput!) { awardChallenge(input: $i) { status } }`, { i: { challengeId: challenge.id, bidId: bid.id } }, tokens.enterprise);
  return { challengeId: challenge.id as string, bidId: bid.id as string };
}

let orgCounter = 0;
/** A new user with a new organization of the given kind; returns the token and ids. */
export async function newOrganizationMember(platform: TestPlatform, kind: string, regionCode = '370203') {
  orgCounter += 1;
  const tag = `${process.pid}${orgCounter}`;
  const email = `member${tag}@contracts.test`;
  const registered = await ok(platform, `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`, {
    input: { email, password: 'contract-test-1234', displayName: `测试用户${tag}` },
  });
  const body = `91370203${tag.padStart(9, '0').slice(-9)}`;
  const organization = await ok(platform, `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
    input: { kind, name: `测试机构${tag}`, creditCode: creditCode(body), regionCode, tags: [], description: '' },
  }, registered.token);
  return { token: registered.token as string, userId: registered.user.id as string, organizationId: organization.id as string };
}

/** A new signed-in user without organization; with the BROKER role when `broker`. */
export async function newUser(platform: TestPlatform, bureauToken: string, broker: boolean) {
  orgCounter += 1;
  const registered = await ok(platform, `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`, {
    input: { email: `user${process.pid}${orgCounter}@contracts.test`, password: 'contract-test-1234', displayName: `个人${orgCounter}` },
  });
  if (broker) {
    await ok(platform, `mutation { setPersonalRole(userId: "${registered.user.id}", role: BROKER, granted: true) { id } }`, {}, bureauToken);
  }
  return { token: registered.token as string, userId: registered.user.id as string };
}

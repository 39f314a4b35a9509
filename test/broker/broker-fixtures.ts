import { creditCode } from '../../seeds/demo-data';
import { ok } from '../support/challenge-fixtures';
import type { TestPlatform } from '../support/harness';

const PASSWORD = 'broker-test-2026';

export const DEAL_FIELDS = `id title description stage lostReason expectedValue nextActionOn nextAction stageChangedAt wonAt allowedStages
  broker { id displayName } organization { id name } buyer { id name } seller { id name }
  challenge { id } capability { id } contract { id status }`;

export const M = {
  saveProfile: `mutation($input: SaveBrokerProfileInput!) { saveBrokerProfile(input: $input) { id certificateNumber certifiedOn certifiedYear fieldCodes user { id isBroker } organization { id } } }`,
  createDeal: `mutation($input: CreateDealInput!) { createDeal(input: $input) { ${DEAL_FIELDS} } }`,
  updateDeal: `mutation($id: ID!, $input: DealContentInput!) { updateDeal(id: $id, input: $input) { ${DEAL_FIELDS} } }`,
  moveDeal: `mutation($id: ID!, $stage: DealStage!, $reason: String, $contractId: ID) { moveDeal(id: $id, stage: $stage, reason: $reason, contractId: $contractId) { ${DEAL_FIELDS} } }`,
  linkDealContract: `mutation($dealId: ID!, $contractId: ID!) { linkDealContract(dealId: $dealId, contractId: $contractId) { id contract { id } } }`,
  addActivity: `mutation($input: AddDealActivityInput!) { addDealActivity(input: $input) { id kind body occurredAt author { displayName } } }`,
  deal: `query($id: ID!) { deal(id: $id) { ${DEAL_FIELDS} activities { kind body fromStage toStage author { displayName } } } }`,
  deals: `query($filter: DealFilter) { deals(filter: $filter, first: 100) { totalCount edges { node { id title stage } } } }`,
  pipeline: `query($brokerId: ID, $organizationId: ID, $perStage: Int) { dealPipeline(brokerId: $brokerId, organizationId: $organizationId, perStage: $perStage) {
    totalCount columns { stage count expectedValueTotal hasMore deals { id title stage nextActionOn } } } }`,
  kpis: `query($year: Int!, $brokerId: ID) { brokerKpis(year: $year, brokerId: $brokerId) { year won lost winRate registeredContracts
    registeredContractAmount registeredTechTransactionAmount broker { id }
    dealsByStage { stage count expectedValue } newBrokers { year count target share } } }`,
};

export interface BrokerWorld {
  tokens: Record<'bureau' | 'broker' | 'colleague' | 'otherBroker' | 'buyer' | 'seller' | 'expert', string>;
  userIds: Record<'broker' | 'colleague' | 'otherBroker' | 'buyer', string>;
  orgIds: Record<'brokerage' | 'otherBrokerage' | 'enterprise' | 'institute' | 'university', string>;
}

async function viewerInfo(platform: TestPlatform, token: string) {
  const result = await platform.gql(`{ viewer { id memberships { organization { id kind } } } }`, {}, token);
  return result.data.viewer as { id: string; memberships: Array<{ organization: { id: string; kind: string } }> };
}

async function register(platform: TestPlatform, email: string, displayName: string): Promise<{ token: string; id: string }> {
  const payload = await ok(platform, `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`, {
    input: { email, password: PASSWORD, displayName },
  });
  return { token: payload.token, id: payload.user.id };
}

/**
 * The accounts seed plus: broker@jiebang.demo with a profile at 青岛蓝谷技术转移中心, a colleague broker in the same
 * brokerage, another broker with their own brokerage; enterprise (buyer) and institute (seller) as deal parties.
 */
export async function setUpBrokerWorld(platform: TestPlatform, certifiedOn = '2026-03-01'): Promise<BrokerWorld> {
  const [bureau, broker, buyer, seller, expert, university] = await Promise.all(
    ['bureau', 'broker', 'enterprise', 'institute', 'expert', 'university'].map((role) => platform.login(`${role}@jiebang.demo`)),
  );
  const brokerInfo = await viewerInfo(platform, broker);
  const brokerage = brokerInfo.memberships[0].organization.id;
  const buyerInfo = await viewerInfo(platform, buyer);
  const enterprise = buyerInfo.memberships[0].organization.id;
  const institute = (await viewerInfo(platform, seller)).memberships[0].organization.id;
  const universityId = (await viewerInfo(platform, university)).memberships[0].organization.id;

  const colleague = await register(platform, 'colleague.broker@example.com', '钱经纪');
  await ok(platform, `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`, {
    input: { organizationId: brokerage, email: 'colleague.broker@example.com', role: 'MEMBER' },
  }, broker);
  const other = await register(platform, 'other.broker@example.com', '何经纪');
  const otherBrokerage = await ok(platform, `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
    input: {
      kind: 'BROKERAGE', name: '青岛城阳技术市场服务中心', creditCode: creditCode('52370214MJ5X8R2K7'), regionCode: '370214',
      tags: [], description: '技术经纪服务',
    },
  }, other.token);

  for (const [userId, organizationId, certificateNumber] of [
    [brokerInfo.id, brokerage, 'QD-JJR-2026-0001'],
    [colleague.id, brokerage, 'QD-JJR-2026-0002'],
    [other.id, otherBrokerage.id, 'QD-JJR-2026-0003'],
  ]) {
    await ok(platform, M.saveProfile, { input: { userId, organizationId, certificateNumber, fieldCodes: ['MARINE'], certifiedOn } }, bureau);
  }
  return {
    // Tokens carry no roles: the role granted by saveBrokerProfile is read per request.
    tokens: { bureau, broker, colleague: colleague.token, otherBroker: other.token, buyer, seller, expert },
    userIds: { broker: brokerInfo.id, colleague: colleague.id, otherBroker: other.id, buyer: buyerInfo.id },
    orgIds: { brokerage, otherBrokerage: otherBrokerage.id, enterprise, institute, university: universityId },
  };
}

export const DEAL_TABLES = ['deal', 'deal_activity', 'broker_profile'] as const;

/** A contract drafted and submitted by the seller's member; registered by the bureau unless `register` is false. */
export async function sellerContract(
  platform: TestPlatform,
  tokens: { seller: string; bureau: string },
  input: Record<string, unknown>,
  options: { register?: boolean; registrationNumber?: string } = {},
): Promise<{ id: string; status: string }> {
  const created = await ok(platform, `mutation($input: ContractInput!) { createContract(input: $input) { id } }`, { input }, tokens.seller);
  if (options.register === false) return { id: created.id, status: 'DRAFT' };
  await ok(platform, `mutation { submitContract(id: "${created.id}") { status } }`, {}, tokens.seller);
  const registered = await ok(platform, `mutation($i: RegisterContractInput!) { registerContract(input: $i) { status } }`,
    { i: { contractId: created.id, registrationNumber: options.registrationNumber } }, tokens.bureau);
  return { id: created.id, status: registered.status };
}

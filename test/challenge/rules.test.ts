import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { bidInput, challengeInput, ok, passDeadline } from '../support/challenge-fixtures';
import { closeExpiredChallenges, sendDeadlineReminders } from '../../server/src/modules/challenge/challenge-clock';

const CREATE = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id status } }`;
const SUBMIT_BID = `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id status } }`;

describe('challenge and bid rules: bad input, illegal transitions, deadlines', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};

  async function publishedChallenge(overrides: Record<string, unknown> = {}): Promise<string> {
    const { id } = await ok(platform, CREATE, { input: challengeInput(overrides) }, tokens.enterprise);
    await ok(platform, `mutation { submitChallenge(id: "${id}") { id } }`, {}, tokens.enterprise);
    await ok(platform, `mutation { publishChallenge(id: "${id}") { id } }`, {}, tokens.bureau);
    return id;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const role of ['enterprise', 'bureau', 'institute', 'university']) tokens[role] = await platform.login(`${role}@jiebang.demo`);
  });
  afterAll(() => platform.close());

  it.each([
    ['title', { title: '' }],
    ['title', { title: '   ' }],
    ['statement', { statement: '长'.repeat(100_000) }],
    ['bounty', { bounty: '-1' }],
    ['bounty', { bounty: 'abc' }],
    ['bounty', { bounty: '12.345' }],
    ['deadline', { deadline: new Date(Date.now() - 3600_000).toISOString() }],
    ['deadline', { deadline: 'next tuesday' }],
    ['targetTrl', { targetTrl: 10 }],
    ['fieldCode', { fieldCode: 'NOT.A.FIELD' }],
    ['regionCode', { regionCode: '999999' }],
    ['indicators', { indicators: [] }],
    ['contact', { contact: { name: '李', phone: 'call me', email: 'li@example.com' } }],
  ])('refuses a bad %s (%#) with BAD_USER_INPUT naming it, writing nothing', async (field, override) => {
    const before = [await platform.count('challenge'), await platform.count('challenge_transition')];
    const result = await platform.gql(CREATE, { input: challengeInput(override) }, tokens.enterprise);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    const text = JSON.stringify(result.errors);
    expect(text).toContain(field);
    expect([await platform.count('challenge'), await platform.count('challenge_transition')]).toEqual(before);
  });

  it('refuses review criteria whose weights do not add up to 100, keeping the old ones', async () => {
    const { id } = await ok(platform, CREATE, { input: challengeInput() }, tokens.enterprise);
    const result = await platform.gql(`mutation($id: ID!, $c: [CriterionInput!]!) { setChallengeCriteria(id: $id, criteria: $c) { id } }`, {
      id,
      c: [{ key: 'ONLY', name: '唯一', weight: 60 }],
    }, tokens.enterprise);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('add up to 100');
    const criteria = (await platform.gql(`{ challenge(id: "${id}") { criteria { weight } } }`, {}, tokens.enterprise)).data.challenge.criteria;
    expect(criteria.map((c: any) => c.weight)).toEqual([30, 30, 20, 20]);
  });

  it.each([
    ['publish a draft', 'DRAFT', (id: string) => `mutation { publishChallenge(id: "${id}") { id } }`, 'bureau'],
    ['award a draft', 'DRAFT', (id: string) => `mutation { awardChallenge(input: { challengeId: "${id}", bidId: "${id}" }) { id } }`, 'enterprise'],
    ['mark a draft contracted', 'DRAFT', (id: string) => `mutation { markChallengeContracted(id: "${id}") { id } }`, 'enterprise'],
    ['complete a draft', 'DRAFT', (id: string) => `mutation { markChallengeCompleted(id: "${id}") { id } }`, 'enterprise'],
    ['close the review of a draft', 'DRAFT', (id: string) => `mutation { closeReview(challengeId: "${id}") { id } }`, 'enterprise'],
  ])('refuses to %s with CONFLICT naming the current state', async (_label, state, mutation, role) => {
    const { id } = await ok(platform, CREATE, { input: challengeInput() }, tokens.enterprise);
    const before = await platform.count('challenge_transition');
    const result = await platform.gql(mutation(id), {}, tokens[role]);
    expect(errorCode(result)).toBe('CONFLICT');
    expect(result.errors![0].message).toContain(state);
    expect(await platform.count('challenge_transition')).toBe(before);
  });

  it('refuses transitions out of final states and edits after submission', async () => {
    const id = await publishedChallenge();
    const cancelled = await ok(platform, `mutation($i: ReasonInput!) { cancelChallenge(input: $i) { status statusReason } }`,
      { i: { challengeId: id, reason: '需求调整，暂停征集。' } }, tokens.enterprise);
    expect(cancelled).toEqual({ status: 'CANCELLED', statusReason: '需求调整，暂停征集。' });
    const again = await platform.gql(`mutation($i: ReasonInput!) { cancelChallenge(input: $i) { status } }`, { i: { challengeId: id, reason: '再次取消' } }, tokens.enterprise);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.currentStatus).toBe('CANCELLED');

    const submitted = (await ok(platform, CREATE, { input: challengeInput() }, tokens.enterprise)).id;
    await ok(platform, `mutation { submitChallenge(id: "${submitted}") { id } }`, {}, tokens.enterprise);
    const edit = await platform.gql(`mutation { updateChallenge(id: "${submitted}", input: { title: "改个标题再说" }) { id } }`, {}, tokens.enterprise);
    expect(errorCode(edit)).toBe('CONFLICT');
    expect(edit.errors![0].message).toContain('SUBMITTED');
  });

  it('allows one bid per institute, edits and withdrawals until the deadline, nothing after', async () => {
    const id = await publishedChallenge();
    const bid = await ok(platform, SUBMIT_BID, { input: bidInput(id) }, tokens.institute);
    const second = await platform.gql(SUBMIT_BID, { input: bidInput(id) }, tokens.institute);
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors![0].extensions!.reason).toBe('ALREADY_BID');
    expect(await platform.count('bid')).toBeGreaterThan(0);

    const edited = await ok(platform, `mutation { updateBid(id: "${bid.id}", input: { price: "990000.00" }) { price } }`, {}, tokens.institute);
    expect(edited.price).toBe('990000.00');
    await ok(platform, `mutation { withdrawBid(id: "${bid.id}") { status } }`, {}, tokens.institute);
    // A withdrawn bid can be replaced by a new submission before the deadline.
    const resubmitted = await ok(platform, SUBMIT_BID, { input: bidInput(id, { price: '950000.00' }) }, tokens.institute);
    expect(resubmitted).toEqual({ id: bid.id, status: 'SUBMITTED' });

    await passDeadline(platform, id);
    for (const [mutation, reason] of [
      [`mutation { updateBid(id: "${bid.id}", input: { price: "1.00" }) { id } }`, 'BIDDING_CLOSED'],
      [`mutation { withdrawBid(id: "${bid.id}") { id } }`, 'BIDDING_CLOSED'],
    ]) {
      const result = await platform.gql(mutation, {}, tokens.institute);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(result.errors![0].extensions!.reason).toBe(reason);
    }
    const late = await platform.gql(SUBMIT_BID, { input: bidInput(id) }, tokens.university);
    expect(errorCode(late)).toBe('CONFLICT');
    const price = (await platform.gql(`{ bid(id: "${bid.id}") { price status } }`, {}, tokens.institute)).data.bid;
    expect(price).toEqual({ price: '950000.00', status: 'SUBMITTED' });
  });

  it.each([
    ['price', { price: '-1' }],
    ['price', { price: 'abc' }],
    ['approach', { approach: '太短' }],
    ['durationMonths', { durationMonths: 0 }],
    ['teamLead', { teamLead: null }],
    ['milestones', { milestones: [{ title: '', month: 3, deliverable: 'x' }] }],
  ])('refuses a bid with a bad %s, writing nothing', async (field, override) => {
    const id = await publishedChallenge();
    const before = await platform.count('bid');
    const result = await platform.gql(SUBMIT_BID, { input: bidInput(id, override) }, tokens.university);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toContain(field);
    expect(await platform.count('bid')).toBe(before);
  });

  it('refuses bids from enterprises, on own challenges, and on NDA challenges before the NDA', async () => {
    const id = await publishedChallenge({ confidentiality: 'NDA' });
    const fromEnterprise = await platform.gql(SUBMIT_BID, { input: bidInput(id) }, tokens.enterprise);
    expect(errorCode(fromEnterprise)).toBe('FORBIDDEN');
    const beforeNda = await platform.gql(SUBMIT_BID, { input: bidInput(id) }, tokens.institute);
    expect(beforeNda.errors![0].extensions!.reason).toBe('NDA_REQUIRED');
    const details = await platform.gql(`{ challenge(id: "${id}") { detailsVisible details { statement } ndaAccepted } }`, {}, tokens.institute);
    expect(details.data.challenge).toEqual({ detailsVisible: false, details: null, ndaAccepted: false });

    await ok(platform, `mutation { acceptNda(challengeId: "${id}") { id } }`, {}, tokens.institute);
    const after = await platform.gql(`{ challenge(id: "${id}") { detailsVisible details { statement } ndaAccepted } }`, {}, tokens.institute);
    expect(after.data.challenge.details.statement).toContain('耐压舱');
    expect(after.data.challenge.ndaAccepted).toBe(true);
    await ok(platform, SUBMIT_BID, { input: bidInput(id) }, tokens.institute);
  });

  it('closes bidding at the deadline from the scheduler too, telling the owner and the experts', async () => {
    const id = await publishedChallenge();
    await ok(platform, SUBMIT_BID, { input: bidInput(id) }, tokens.university);
    await passDeadline(platform, id);
    const closed = await closeExpiredChallenges(platform.orm.em.fork());
    expect(closed).toContain(id);
    // A second run (another instance) finds nothing left to close.
    expect(await closeExpiredChallenges(platform.orm.em.fork())).not.toContain(id);
    const rows = await platform.orm.em.getConnection().execute(
      `select count(*)::int as n from challenge_transition where challenge_id = ? and to_status = 'EVALUATING'`, [id]);
    expect(rows[0].n).toBe(1);
    const inbox = await ok(platform, `{ notifications(first: 5) { edges { node { kind body challenge { id } } } } }`, {}, tokens.enterprise);
    const message = inbox.edges.find((e: any) => e.node.kind === 'BIDS_RECEIVED' && e.node.challenge?.id === id);
    expect(message.node.body).toContain('1 proposal');
  });

  it('sends one deadline reminder to the owner and the bidders', async () => {
    const id = await publishedChallenge();
    await ok(platform, SUBMIT_BID, { input: bidInput(id) }, tokens.university);
    await platform.orm.em.getConnection().execute(`update challenge set deadline = now() + interval '1 day' where id = ?`, [id]);
    expect(await sendDeadlineReminders(platform.orm.em.fork())).toBeGreaterThanOrEqual(1);
    expect(await sendDeadlineReminders(platform.orm.em.fork())).toBe(0);
    const count = async (role: string) =>
      (await ok(platform, `{ notifications(first: 50) { edges { node { kind challenge { id } } } } }`, {}, tokens[role])).edges.filter(
        (e: any) => e.node.kind === 'DEADLINE_APPROACHING' && e.node.challenge?.id === id,
      ).length;
    expect(await count('enterprise')).toBe(1);
    expect(await count('university')).toBe(1);
    expect(await count('institute')).toBe(0);
  });

  it('answers malformed ids and forged cursors with BAD_USER_INPUT, never an internal error', async () => {
    expect(errorCode(await platform.gql(`{ challenge(id: "not-a-uuid") { id } }`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await platform.gql(`mutation { submitChallenge(id: "x") { id } }`, {}, tokens.enterprise))).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['createdAt', '2020-01-01T00:00:00Z', "x' or 1=1"])).toString('base64url');
    expect(errorCode(await platform.gql(`{ challenges(after: "${forged}") { totalCount } }`))).toBe('BAD_USER_INPUT');
    const wrongOrder = Buffer.from(JSON.stringify(['bounty', '100.00', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect(errorCode(await platform.gql(`{ challenges(after: "${wrongOrder}", sort: DEADLINE_SOONEST) { totalCount } }`))).toBe('BAD_USER_INPUT');
    // An oversized page is a bad argument, not an expensive query, even with nested lists under it.
    const oversized = await platform.gql(`{ challenges(first: 5000) { edges { node { bids { scores { score } } history { toStatus } } } } }`);
    expect(errorCode(oversized)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(oversized.errors)).toContain('first');
  });
});

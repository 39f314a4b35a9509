import { errorCode, startTestPlatform, type TestPlatform } from '../support/harness';
import { bidInput, challengeInput, CHALLENGE_FIELDS, ok, passDeadline } from '../support/challenge-fixtures';

const CREATE = `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { ${CHALLENGE_FIELDS} } }`;
const SUBMIT_BID = `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id status outcome price organization { name } } }`;

describe('the 揭榜挂帅 loop through GraphQL', () => {
  let platform: TestPlatform;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    platform = await startTestPlatform();
    for (const role of ['enterprise', 'bureau', 'institute', 'university', 'expert', 'broker']) {
      tokens[role] = await platform.login(`${role}@jiebang.demo`);
    }
  });
  afterAll(() => platform.close());

  it('goes draft → submit → reject → revise → publish → bids → close → scores → award → contract → complete', async () => {
    // 企业出题: a draft with default criteria, adjusted before publication.
    const draft = await ok(platform, CREATE, { input: challengeInput() }, tokens.enterprise);
    expect(draft).toMatchObject({ status: 'DRAFT', bounty: '1500000.00', fieldCode: 'MARINE.EQUIPMENT' });
    expect(draft.criteria.map((c: any) => c.weight)).toEqual([30, 30, 20, 20]);
    const id = draft.id;
    await ok(platform, `mutation($id: ID!, $c: [CriterionInput!]!) { setChallengeCriteria(id: $id, criteria: $c) { id } }`, {
      id,
      c: [
        { key: 'ADVANCEMENT', name: '技术先进性', weight: 40 },
        { key: 'FEASIBILITY', name: '可行性', weight: 40 },
        { key: 'PRICE', name: '报价合理性', weight: 20 },
      ],
    }, tokens.enterprise);

    // Not visible to others while a draft.
    expect((await platform.gql(`{ challenge(id: "${id}") { id } }`, {}, tokens.institute)).data.challenge).toBeNull();

    // Review by the bureau: rejected with a reason, revised, resubmitted, published.
    await ok(platform, `mutation { submitChallenge(id: "${id}") { status } }`, {}, tokens.enterprise);
    const rejected = await ok(platform, `mutation($i: ReasonInput!) { rejectChallenge(input: $i) { status statusReason } }`,
      { i: { challengeId: id, reason: '技术指标不够明确，请补充耐压试验标准。' } }, tokens.bureau);
    expect(rejected).toEqual({ status: 'REJECTED', statusReason: '技术指标不够明确，请补充耐压试验标准。' });
    await ok(platform, `mutation($id: ID!, $input: UpdateChallengeInput!) { updateChallenge(id: $id, input: $input) { id } }`, {
      id,
      input: { indicators: [{ name: '工作水深', target: '≥ 6000', unit: 'm' }, { name: '试验标准', target: 'GB/T 7467', unit: '' }] },
    }, tokens.enterprise);
    await ok(platform, `mutation { submitChallenge(id: "${id}") { status } }`, {}, tokens.enterprise);
    const published = await ok(platform, `mutation { publishChallenge(id: "${id}") { status } }`, {}, tokens.bureau);
    expect(published.status).toBe('PUBLISHED');

    const inbox = await ok(platform, `{ notifications { edges { node { kind title read challenge { id } } } } }`, {}, tokens.enterprise);
    expect(inbox.edges.map((e: any) => e.node.kind)).toEqual(['CHALLENGE_REVIEWED', 'CHALLENGE_REVIEWED']);
    expect(inbox.edges[0].node.challenge.id).toBe(id);

    // 院所答题: two sealed bids.
    const instituteBid = await ok(platform, SUBMIT_BID, { input: bidInput(id) }, tokens.institute);
    const universityBid = await ok(platform, SUBMIT_BID, { input: bidInput(id, { price: '980000.50', durationMonths: 24 }) }, tokens.university);
    expect(instituteBid).toMatchObject({ status: 'SUBMITTED', outcome: 'PENDING', price: '1200000.00' });

    const asOwnerBeforeClose = await platform.gql(`{ challenge(id: "${id}") { bids { id } bidCount } }`, {}, tokens.enterprise);
    expect(asOwnerBeforeClose.data.challenge).toEqual({ bids: [], bidCount: null });
    const asInstitute = await platform.gql(`{ challenge(id: "${id}") { bids { id } myBid { id } } }`, {}, tokens.institute);
    expect(asInstitute.data.challenge).toEqual({ bids: [{ id: instituteBid.id }], myBid: { id: instituteBid.id } });
    expect((await platform.gql(`{ bid(id: "${universityBid.id}") { id } }`, {}, tokens.institute)).data.bid).toBeNull();

    // The bureau assigns the expert; the expert is told.
    await ok(platform, `mutation($i: AssignExpertsInput!) { assignExperts(input: $i) { id } }`, {
      i: { challengeId: id, expertIds: [(await ok(platform, `{ viewer { id } }`, {}, tokens.expert)).id] },
    }, tokens.bureau);

    // The deadline passes: bidding closes without anybody calling anything about it.
    await passDeadline(platform, id);
    const closed = await ok(platform, `query($id: ID!) { challenge(id: $id) { status bidCount bids { id price } } }`, { id }, tokens.enterprise);
    expect(closed.status).toBe('EVALUATING');
    expect(closed.bidCount).toBe(2);
    expect(closed.bids.map((b: any) => b.id).sort()).toEqual([instituteBid.id, universityBid.id].sort());
    const late = await platform.gql(SUBMIT_BID, { input: bidInput(id) }, tokens.institute);
    expect(errorCode(late)).toBe('CONFLICT');

    // 揭榜评审: blind scores.
    const score = (bidId: string, values: number[]) =>
      ok(platform, `mutation($i: ScoreBidInput!) { scoreBid(input: $i) { id scores { criterionKey score } } }`, {
        i: {
          bidId,
          scores: ['ADVANCEMENT', 'FEASIBILITY', 'PRICE'].map((criterionKey, i) => ({ criterionKey, score: values[i], comment: '依据充分' })),
        },
      }, tokens.expert);
    await score(instituteBid.id, [90, 85, 70]);
    await score(universityBid.id, [75, 80, 90]);
    const ownerBeforeReviewClosed = await ok(platform, `query($id: ID!) { challenge(id: $id) { ranking { rank } bids { scores { score } } } }`, { id }, tokens.enterprise);
    expect(ownerBeforeReviewClosed).toEqual({ ranking: null, bids: [{ scores: null }, { scores: null }] });

    await ok(platform, `mutation { closeReview(challengeId: "${id}") { reviewClosedAt } }`, {}, tokens.enterprise);
    const ranked = await ok(platform, `query($id: ID!) { challenge(id: $id) { ranking { rank averageScore expertCount bid { id } } } }`, { id }, tokens.enterprise);
    expect(ranked.ranking).toEqual([
      { rank: 1, averageScore: 84, expertCount: 1, bid: { id: instituteBid.id } }, // 90×.4 + 85×.4 + 70×.2
      { rank: 2, averageScore: 80, expertCount: 1, bid: { id: universityBid.id } }, // 75×.4 + 80×.4 + 90×.2
    ]);

    // 挂帅: award one bid with feedback for each bidder.
    const awarded = await ok(platform, `mutation($i: AwardInput!) { awardChallenge(input: $i) { status } }`, {
      i: {
        challengeId: id,
        bidId: instituteBid.id,
        feedback: [
          { bidId: instituteBid.id, feedback: '方案技术路线清晰，试验验证充分。' },
          { bidId: universityBid.id, feedback: '报价有优势，但样件试验周期偏长。' },
        ],
      },
    }, tokens.enterprise);
    expect(awarded.status).toBe('AWARDED');

    const instituteOutcome = await ok(platform, `{ myBids { edges { node { outcome feedback challenge { status } } } } }`, {}, tokens.institute);
    expect(instituteOutcome.edges[0].node).toEqual({ outcome: 'AWARDED', feedback: '方案技术路线清晰，试验验证充分。', challenge: { status: 'AWARDED' } });
    const universityOutcome = await ok(platform, `{ myBids { edges { node { outcome feedback } } } }`, {}, tokens.university);
    expect(universityOutcome.edges[0].node).toEqual({ outcome: 'NOT_SELECTED', feedback: '报价有优势，但样件试验周期偏长。' });
    const universityInbox = await ok(platform, `{ notifications(unreadOnly: true) { edges { node { kind body } } } unreadNotificationCount }`, {}, tokens.university);
    expect(universityInbox.edges[0].node.kind).toBe('BID_OUTCOME');

    // 签约 and 验收.
    await ok(platform, `mutation { markChallengeContracted(id: "${id}") { status } }`, {}, tokens.enterprise);
    const completed = await ok(platform, `mutation { markChallengeCompleted(id: "${id}", note: "验收通过") { status history { fromStatus toStatus reason actorName } } }`, {}, tokens.bureau);
    expect(completed.status).toBe('COMPLETED');
    expect(completed.history.map((h: any) => h.toStatus)).toEqual([
      'DRAFT', 'SUBMITTED', 'REJECTED', 'SUBMITTED', 'PUBLISHED', 'EVALUATING', 'AWARDED', 'CONTRACTED', 'COMPLETED',
    ]);
    expect(completed.history.find((h: any) => h.toStatus === 'EVALUATING').actorName).toBeNull();
    expect(completed.history.find((h: any) => h.toStatus === 'REJECTED').actorName).toBe('王科长');
  });
});

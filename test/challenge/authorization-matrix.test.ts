import { startTestPlatform, type GraphQLResponse, type TestPlatform } from '../support/harness';
import { bidInput, challengeInput, dbFingerprint, ok, passDeadline } from '../support/challenge-fixtures';
import { creditCode } from '../../seeds/demo-data';

/**
 * The authorization matrix of the challenge / bid / review / notification surface: for every query path and
 * mutation, what each kind of viewer gets. Two challenges, one PUBLIC (P) and one NDA (N), are taken through
 * their lifecycle; at each stage every viewer looks at what that stage decides (in the sealed-bid stages: every
 * path that can lead to a bid, and the test collects every bid reached), and each mutation is tried by every
 * viewer. Two more challenges (C1, C2) are cancelled at the end.
 *
 * Viewers (the rows of every table):
 *   anonymous       no token
 *   owner           enterprise@jiebang.demo, member of the enterprise that posts P and N
 *   otherEnterprise a second enterprise, registered here
 *   institute       institute@jiebang.demo: bids on P, and on N after accepting N's NDA
 *   otherInstitute  a second institute, registered here, that never bids
 *   expert          expert@jiebang.demo, assigned by the bureau to review P and N
 *   otherExpert     an expert, registered here, assigned to nothing
 *   broker          broker@jiebang.demo
 *   bureau          bureau@jiebang.demo
 * Supporting actors: university@jiebang.demo bids on P and withdraws (bid univP); a second assigned expert
 * scores too, so that blind scoring shows.
 *
 * Mutation tables are [viewer, outcome]: 'OK' or the error's extensions.code (followed by its reason where that
 * matters). The refused attempts of a table run first, then the allowed one (which may move the challenge on); a
 * digest of every challenge-related row, taken before and after the refusals, must not change.
 */

const VIEWERS = ['anonymous', 'owner', 'otherEnterprise', 'institute', 'otherInstitute', 'expert', 'otherExpert', 'broker', 'bureau'] as const;
type Viewer = (typeof VIEWERS)[number];
type Actor = Viewer | 'university' | 'secondExpert';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | `FORBIDDEN ${string}`;
type Rows = Array<[Viewer, Outcome]>;
/** bid(id) answered null: the bid is sealed from this viewer. */
const SEALED = 'sealed';
/** Until a bid exists, lookups use an id that matches nothing. */
const NO_BID = '00000000-0000-4000-8000-000000000000';

const EXPERT_NAME = '周专家';
const SECOND_EXPERT_NAME = '吴专家';
const BOTH_EXPERTS = [EXPERT_NAME, SECOND_EXPERT_NAME].sort();
const CRITERIA = [
  { key: 'ADVANCEMENT', name: '技术先进性', weight: 30 },
  { key: 'FEASIBILITY', name: '可行性', weight: 30 },
  { key: 'TEAM', name: '团队能力', weight: 20 },
  { key: 'PRICE', name: '报价合理性', weight: 20 },
];
const scoreSheet = (bidId: string, score: number) => ({
  bidId,
  scores: CRITERIA.map(({ key }) => ({ criterionKey: key, score, comment: '评分依据充分' })),
});
const EVALUATION_FEEDBACK = '评审中：方案可行，请关注样件周期。';
const AWARD_FEEDBACK = '方案技术路线清晰，试验验证充分。';
const NO_WINNER_REASON = '方案均未达到通信速率指标。';

const M = {
  createChallenge: `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`,
  updateChallenge: `mutation($id: ID!, $input: UpdateChallengeInput!) { updateChallenge(id: $id, input: $input) { id } }`,
  setChallengeCriteria: `mutation($id: ID!, $c: [CriterionInput!]!) { setChallengeCriteria(id: $id, criteria: $c) { id } }`,
  submitChallenge: `mutation($id: ID!) { submitChallenge(id: $id) { status } }`,
  publishChallenge: `mutation($id: ID!) { publishChallenge(id: $id) { status } }`,
  rejectChallenge: `mutation($i: ReasonInput!) { rejectChallenge(input: $i) { status } }`,
  assignExperts: `mutation($i: AssignExpertsInput!) { assignExperts(input: $i) { id } }`,
  cancelChallenge: `mutation($i: ReasonInput!) { cancelChallenge(input: $i) { status } }`,
  markChallengeContracted: `mutation($id: ID!) { markChallengeContracted(id: $id) { status } }`,
  markChallengeCompleted: `mutation($id: ID!) { markChallengeCompleted(id: $id, note: "验收通过") { status } }`,
  submitBid: `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id } }`,
  updateBid: `mutation($id: ID!, $input: BidContentInput!) { updateBid(id: $id, input: $input) { id } }`,
  withdrawBid: `mutation($id: ID!) { withdrawBid(id: $id) { id status } }`,
  scoreBid: `mutation($i: ScoreBidInput!) { scoreBid(input: $i) { id } }`,
  closeReview: `mutation($id: ID!) { closeReview(challengeId: $id) { reviewClosedAt } }`,
  setBidFeedback: `mutation($i: BidFeedbackInput!) { setBidFeedback(input: $i) { id } }`,
  awardChallenge: `mutation($i: AwardInput!) { awardChallenge(input: $i) { status } }`,
  declareNoWinner: `mutation($i: NoWinnerInput!) { declareNoWinner(input: $i) { status } }`,
  markNotificationsRead: `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
};

// What a viewer looks at: every path to challenges and bids. Bids carry __typename, so that every bid reached
// anywhere in an answer can be collected.
const BID = '__typename id';
const BIDS_OF_CHALLENGE = `bids { ${BID} } myBid { ${BID} } bidCount`;
const DETAILS_VIEW = `detailsVisible ndaAccepted details { statement ipTerms indicators { name target unit } contact { name phone email } }`;
const CHALLENGE_VIEW = `id status ${DETAILS_VIEW}
  ${BIDS_OF_CHALLENGE} ranking { rank bid { ${BID} } } history { toStatus } experts { displayName }`;
const BID_VIEW = `${BID} outcome feedback scores { expertName criterionKey score } challenge { id ${BIDS_OF_CHALLENGE} }`;
const LOOK_FIELDS = `
  p: challenge(id: $p) { ${CHALLENGE_VIEW} }
  n: challenge(id: $n) { ${CHALLENGE_VIEW} }
  instP: bid(id: $instP) { ${BID_VIEW} }
  instN: bid(id: $instN) { ${BID_VIEW} }
  univP: bid(id: $univP) { ${BID_VIEW} }
`;
const HALL_FIELDS = `hall: challenges(first: 50) { edges { node { id } } }`;
// Signed-in only.
const MINE_FIELDS = `
  myBids(first: 20) { edges { node { ${BID_VIEW} } } }
  myChallenges(first: 50) { edges { node { id bids { ${BID} } } } }
  notifications(first: 50) { edges { node { kind challengeId challenge { id ${BIDS_OF_CHALLENGE} } } } }`;
interface LookFor {
  /** challenges (the hall), to tell visibility. */
  hall?: boolean;
  /** myBids, myChallenges and notifications, for the sealed-bid paths. */
  mine?: boolean;
}
const lookQuery = ({ hall = false, mine = false }: LookFor) =>
  `query Look($p: ID!, $n: ID!, $instP: ID!, $instN: ID!, $univP: ID!) { ${LOOK_FIELDS} ${hall ? HALL_FIELDS : ''} ${mine ? MINE_FIELDS : ''} }`;
/** Everything, for the sealed-bid phases: every path to a bid. */
const EVERYTHING = (also: LookFor) => (signedIn: boolean) => lookQuery({ ...also, mine: also.mine && signedIn });

interface Look {
  p: any;
  n: any;
  instP: any;
  instN: any;
  univP: any;
  /** Only when looked for (and the signed-in only ones never for anonymous). */
  hall?: { edges: Array<{ node: { id: string } }> };
  myBids?: any;
  myChallenges?: any;
  notifications?: any;
}

describe('authorization matrix of challenges, bids, reviews and notifications', () => {
  let platform: TestPlatform;
  const token = {} as Record<Actor, string | undefined>;
  const userId = {} as Record<'expert' | 'secondExpert', string>;
  const challenge = { P: '', N: '', C1: '', C2: '' };
  const bid = { instP: NO_BID, instN: NO_BID, univP: NO_BID, instC2: NO_BID };
  let seen: Record<Viewer, Look>;

  const as = (actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> =>
    platform.gql(query, variables, token[actor]);

  async function outcomeOf(actor: Actor, expected: Outcome, mutation: string, variables: Record<string, unknown>) {
    const result = await as(actor, mutation, variables);
    const error = result.errors?.[0];
    const code = error ? String(error.extensions?.code) : 'OK';
    return {
      outcome: error && expected.includes(' ') ? `${code} ${error.extensions?.reason}` : code,
      message: error?.message,
      data: result.data ? Object.values(result.data)[0] : null,
    };
  }

  /** One mutation tried by one actor; a refusal must leave every challenge-related row as it was. */
  async function attempt(actor: Actor, expected: Outcome, mutation: string, variables: Record<string, unknown>): Promise<void> {
    const before = await dbFingerprint(platform);
    const { outcome, message } = await outcomeOf(actor, expected, mutation, variables);
    expect({ outcome, message }).toEqual({ outcome: expected, message }); // the message shows in the diff
    expect(await dbFingerprint(platform)).toEqual(before);
  }

  /** A mutation tried by every viewer of `rows`: one test per row, and one that the refusals wrote nothing. */
  function mutationMatrix(title: string, rows: Rows, request: (viewer: Viewer) => [string, Record<string, unknown>], onAllowed?: (data: any) => void) {
    describe(title, () => {
      const got = new Map<Viewer, { outcome: string; message?: string }>();
      const digests: Array<Record<string, string>> = [];
      beforeAll(async () => {
        digests.push(await dbFingerprint(platform));
        for (const [viewer, expected] of rows.filter(([, e]) => e !== 'OK')) got.set(viewer, await outcomeOf(viewer, expected, ...request(viewer)));
        digests.push(await dbFingerprint(platform));
        for (const [viewer, expected] of rows.filter(([, e]) => e === 'OK')) {
          const result = await outcomeOf(viewer, expected, ...request(viewer));
          got.set(viewer, result);
          if (result.outcome === 'OK') onAllowed?.(result.data);
        }
      });
      it.each(rows)('as %s: %s', (viewer, expected) => {
        const { outcome, message } = got.get(viewer)!;
        expect({ outcome, message }).toEqual({ outcome: expected, message }); // the message shows in the diff
      });
      it('the refused attempts wrote nothing', () => {
        expect(digests[1]).toEqual(digests[0]);
      });
    });
  }

  const lookVariables = () => ({ p: challenge.P, n: challenge.N, instP: bid.instP, instN: bid.instN, univP: bid.univP });

  /**
   * Every viewer runs the phase's query (built for a signed-in viewer or not). One viewer after the other: the
   * server shares this process, so parallel requests would only queue.
   */
  async function lookAround(query: (signedIn: boolean) => string): Promise<Record<Viewer, Look>> {
    const looks = {} as Record<Viewer, Look>;
    for (const viewer of VIEWERS) {
      const result = await as(viewer, query(viewer !== 'anonymous'), lookVariables());
      if (result.errors) throw new Error(`${viewer} could not look around: ${JSON.stringify(result.errors)}`);
      looks[viewer] = result.data;
    }
    return looks;
  }

  const labelOf = (id: string) => Object.entries(bid).find(([, value]) => value === id)?.[0] ?? `unknown bid ${id}`;
  const labels = (bids: Array<{ id: string }> | null) => bids && bids.map((b) => labelOf(b.id)).sort();
  /** The bids of this file reached anywhere in a viewer's answers, by label (bids of seeded demo data are ignored). */
  function reachableBids(answer: unknown): string[] {
    const found = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const object = value as Record<string, unknown>;
        if (object.__typename === 'Bid' && Object.values(bid).includes(object.id as string)) found.add(labelOf(object.id as string));
        Object.values(object).forEach(walk);
      }
    };
    walk(answer);
    return [...found].sort();
  }
  /** challenge(id) answers and challenges lists it, or neither (one without the other fails here). */
  function visibility(look: Look, key: 'p' | 'n'): boolean {
    const id = key === 'p' ? challenge.P : challenge.N;
    const direct = look[key] !== null;
    expect({ 'challenge(id)': direct, challenges: look.hall!.edges.some((edge) => edge.node.id === id) }).toEqual({
      'challenge(id)': direct,
      challenges: direct,
    });
    return direct;
  }
  /** Whether `details` is there (all of it), checking that detailsVisible agrees; 'invisible' for no challenge. */
  function detailsOf(view: any): boolean | 'invisible' {
    if (view === null) return 'invisible';
    expect(view.detailsVisible).toBe(view.details !== null);
    if (view.details) {
      expect(view.details).toEqual({
        statement: expect.any(String),
        ipTerms: expect.any(String),
        indicators: expect.arrayContaining([expect.objectContaining({ name: expect.any(String) })]),
        contact: { name: expect.any(String), phone: expect.any(String), email: expect.any(String) },
      });
    }
    return view.details !== null;
  }
  /** Whose scores of a bid the viewer sees. */
  const scoresOf = (view: any) => (view === null ? SEALED : view.scores && [...new Set<string>(view.scores.map((s: any) => s.expertName))].sort());
  const feedbackOf = (view: any) => (view === null ? SEALED : view.feedback);
  const rankingOf = (view: any) => (view === null ? 'invisible' : view.ranking && labels(view.ranking.map((r: any) => r.bid)));
  const expertsOf = (view: any) => (view === null ? 'invisible' : view.experts && view.experts.map((e: any) => e.displayName).sort());

  async function register(email: string, displayName: string): Promise<{ token: string; id: string }> {
    const result = await ok(platform, `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`, {
      input: { email, password: 'matrix-pass-2026', displayName },
    });
    return { token: result.token, id: result.user.id };
  }
  async function registerWithOrganization(email: string, kind: string, name: string, code: string): Promise<string> {
    const registered = await register(email, `${name}管理员`);
    await ok(platform, `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
      input: { kind, name, creditCode: creditCode(code), regionCode: '370212' },
    }, registered.token);
    return registered.token;
  }
  async function registerExpert(email: string, displayName: string): Promise<{ token: string; id: string }> {
    const registered = await register(email, displayName);
    await ok(platform, `mutation($id: ID!) { setPersonalRole(userId: $id, role: EXPERT, granted: true) { isExpert } }`, { id: registered.id }, token.bureau);
    return registered;
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    const demo = ['owner:enterprise', 'institute', 'university', 'expert', 'broker', 'bureau'].map((entry) => entry.split(':'));
    await Promise.all(demo.map(async ([actor, account = actor]) => (token[actor as Actor] = await platform.login(`${account}@jiebang.demo`))));
    const [otherEnterprise, otherInstitute, otherExpert, secondExpert] = await Promise.all([
      registerWithOrganization('rival@matrix.example', 'ENTERPRISE', '青岛竞品海工有限公司', '91370212MA3D7K8P1'),
      registerWithOrganization('bystander@matrix.example', 'INSTITUTE', '青岛旁观材料研究所', '12370212MB2Q6L4N7'),
      registerExpert('other-expert@matrix.example', '郑专家'),
      registerExpert('second-expert@matrix.example', SECOND_EXPERT_NAME),
    ]);
    Object.assign(token, { otherEnterprise, otherInstitute, otherExpert: otherExpert.token, secondExpert: secondExpert.token });
    userId.secondExpert = secondExpert.id;
    userId.expert = (await ok(platform, `{ viewer { id } }`, {}, token.expert)).id;

    challenge.P = (await ok(platform, M.createChallenge, { input: challengeInput({ title: '公开榜：深海耐压舱体轻量化' }) }, token.owner)).id;
    challenge.N = (await ok(platform, M.createChallenge, { input: challengeInput({ title: '保密榜：水下声学通信', confidentiality: 'NDA' }) }, token.owner)).id;
  });
  afterAll(() => platform?.close());

  describe('1. both challenges are DRAFTs', () => {
    describe('what each viewer sees', () => {
      beforeAll(async () => {
        seen = await lookAround(
          (signedIn) => `query($p: ID!, $n: ID!) { p: challenge(id: $p) { id } n: challenge(id: $n) { id } ${HALL_FIELDS}
            ${signedIn ? 'myChallenges(first: 50) { edges { node { id } } }' : ''} }`,
        );
      });

      // Experts can be assigned only once a challenge is submitted: nobody is "assigned" yet.
      it.each<[Viewer, boolean]>([
        ['anonymous', false],
        ['owner', true],
        ['otherEnterprise', false],
        ['institute', false],
        ['otherInstitute', false],
        ['expert', false],
        ['otherExpert', false],
        ['broker', false],
        ['bureau', true],
      ])('%s sees the drafts (challenge(id) and challenges): %s', (viewer, visible) => {
        expect(visibility(seen[viewer], 'p')).toBe(visible);
        expect(visibility(seen[viewer], 'n')).toBe(visible);
      });

      it.each<[Viewer, boolean | 'UNAUTHENTICATED']>([
        ['anonymous', 'UNAUTHENTICATED'],
        ['owner', true],
        ['otherEnterprise', false],
        ['institute', false],
        ['otherInstitute', false],
        ['expert', false],
        ['otherExpert', false],
        ['broker', false],
        ['bureau', false],
      ])('%s finds both drafts in myChallenges: %s', async (viewer, listed) => {
        if (viewer === 'anonymous') {
          expect((await as(viewer, '{ myChallenges { totalCount } }')).errors?.[0].extensions?.code).toBe(listed);
          return;
        }
        const ids = seen[viewer].myChallenges.edges.map((e: any) => e.node.id);
        expect([ids.includes(challenge.P), ids.includes(challenge.N)]).toEqual([listed, listed]);
      });
    });

    mutationMatrix('createChallenge', [
      ['anonymous', 'UNAUTHENTICATED'],
      ['institute', 'FORBIDDEN NOT_AN_ENTERPRISE'],
      ['otherInstitute', 'FORBIDDEN NOT_AN_ENTERPRISE'],
      ['expert', 'FORBIDDEN NOT_AN_ENTERPRISE'],
      ['otherExpert', 'FORBIDDEN NOT_AN_ENTERPRISE'],
      ['broker', 'FORBIDDEN NOT_AN_ENTERPRISE'],
      ['bureau', 'FORBIDDEN NOT_AN_ENTERPRISE'],
      ['owner', 'OK'],
      ['otherEnterprise', 'OK'],
    ], (viewer) => [M.createChallenge, { input: challengeInput({ title: `${viewer}的榜单` }) }], (created) => {
      // The owner's new draft is C1, cancelled in phase 7.
      challenge.C1 ||= created.id;
    });

    // Someone else's draft does not exist for those who cannot see it. (N is submitted the same way, untabled.)
    mutationMatrix('submitChallenge of draft P', [
      ['anonymous', 'UNAUTHENTICATED'],
      ['otherEnterprise', 'NOT_FOUND'],
      ['institute', 'NOT_FOUND'],
      ['otherInstitute', 'NOT_FOUND'],
      ['expert', 'NOT_FOUND'],
      ['otherExpert', 'NOT_FOUND'],
      ['broker', 'NOT_FOUND'],
      ['bureau', 'FORBIDDEN'],
      ['owner', 'OK'],
    ], () => [M.submitChallenge, { id: challenge.P }]);
  });

  describe('2. both SUBMITTED, with experts assigned; then P is REJECTED', () => {
    beforeAll(async () => {
      await ok(platform, M.submitChallenge, { id: challenge.N }, token.owner);
      await ok(platform, M.assignExperts, { i: { challengeId: challenge.N, expertIds: [userId.expert, userId.secondExpert] } }, token.bureau);
    });

    const BUREAU_ONLY: Rows = [
      ['anonymous', 'UNAUTHENTICATED'],
      ['owner', 'FORBIDDEN'],
      ['otherEnterprise', 'FORBIDDEN'],
      ['institute', 'FORBIDDEN'],
      ['otherInstitute', 'FORBIDDEN'],
      ['expert', 'FORBIDDEN'],
      ['otherExpert', 'FORBIDDEN'],
      ['broker', 'FORBIDDEN'],
      ['bureau', 'OK'],
    ];
    mutationMatrix('assignExperts to P (the expert and a second one; N the same way, untabled)', BUREAU_ONLY, () => [
      M.assignExperts,
      { i: { challengeId: challenge.P, expertIds: [userId.expert, userId.secondExpert] } },
    ]);
    mutationMatrix('rejectChallenge of P', BUREAU_ONLY, () => [M.rejectChallenge, { i: { challengeId: challenge.P, reason: '请补充耐压试验标准。' } }]);

    describe('what each viewer sees of rejected P and submitted N', () => {
      beforeAll(async () => {
        seen = await lookAround(
          () => `query($p: ID!, $n: ID!) { p: challenge(id: $p) { id status }
            n: challenge(id: $n) { id status ${DETAILS_VIEW} history { toStatus } experts { displayName } } ${HALL_FIELDS} }`,
        );
      });

      // [viewer, sees P and N (challenge(id) and challenges), N details]
      it.each<[Viewer, boolean, boolean | 'invisible']>([
        ['anonymous', false, 'invisible'],
        ['owner', true, true],
        ['otherEnterprise', false, 'invisible'],
        ['institute', false, 'invisible'],
        ['otherInstitute', false, 'invisible'],
        ['expert', true, true],
        ['otherExpert', false, 'invisible'],
        ['broker', false, 'invisible'],
        ['bureau', true, true],
      ])('%s sees rejected P and submitted N: %s; N details: %s', (viewer, visible, details) => {
        expect([seen[viewer].p?.status, seen[viewer].n?.status]).toEqual(visible ? ['REJECTED', 'SUBMITTED'] : [undefined, undefined]);
        expect(visibility(seen[viewer], 'p')).toBe(visible);
        expect(visibility(seen[viewer], 'n')).toBe(visible);
        expect(detailsOf(seen[viewer].n)).toBe(details);
      });

      // [viewer, N.history there, N.experts]
      it.each<[Viewer, boolean | 'invisible', string[] | null | 'invisible']>([
        ['anonymous', 'invisible', 'invisible'],
        ['owner', true, null],
        ['otherEnterprise', 'invisible', 'invisible'],
        ['institute', 'invisible', 'invisible'],
        ['otherInstitute', 'invisible', 'invisible'],
        ['expert', false, null],
        ['otherExpert', 'invisible', 'invisible'],
        ['broker', 'invisible', 'invisible'],
        ['bureau', true, BOTH_EXPERTS],
      ])('%s: N.history %s, N.experts %j', (viewer, history, experts) => {
        const n = seen[viewer].n;
        expect(n === null ? 'invisible' : n.history !== null).toBe(history);
        expect(expertsOf(n)).toEqual(experts);
      });
    });

    // Owner-only edits: NOT_FOUND for those who cannot see the rejected challenge, FORBIDDEN for those who can
    // (the assigned expert and the bureau). The owner's resubmission comes last.
    const OWNER_EDITS_OF_A_REJECTED_CHALLENGE: Rows = [
      ['anonymous', 'UNAUTHENTICATED'],
      ['otherEnterprise', 'NOT_FOUND'],
      ['institute', 'NOT_FOUND'],
      ['otherInstitute', 'NOT_FOUND'],
      ['expert', 'FORBIDDEN'],
      ['otherExpert', 'NOT_FOUND'],
      ['broker', 'NOT_FOUND'],
      ['bureau', 'FORBIDDEN'],
      ['owner', 'OK'],
    ];
    mutationMatrix('updateChallenge of rejected P', OWNER_EDITS_OF_A_REJECTED_CHALLENGE, () => [
      M.updateChallenge,
      { id: challenge.P, input: { ipTerms: '成果知识产权归发榜方所有，按GB/T 7467试验。' } },
    ]);
    mutationMatrix('setChallengeCriteria of rejected P', OWNER_EDITS_OF_A_REJECTED_CHALLENGE, () => [M.setChallengeCriteria, { id: challenge.P, c: CRITERIA }]);
    mutationMatrix('submitChallenge of rejected P', OWNER_EDITS_OF_A_REJECTED_CHALLENGE, () => [M.submitChallenge, { id: challenge.P }]);

    mutationMatrix('publishChallenge of N', BUREAU_ONLY, () => [M.publishChallenge, { id: challenge.N }]);
  });

  describe('3. both PUBLISHED', () => {
    beforeAll(async () => {
      await ok(platform, M.publishChallenge, { id: challenge.P }, token.bureau);
    });

    // [viewer, N details before anybody accepted its NDA]
    it.each<[Viewer, boolean]>([
      ['anonymous', false],
      ['owner', true],
      ['otherEnterprise', false],
      ['institute', false],
      ['otherInstitute', false],
      ['expert', true],
      ['otherExpert', false],
      ['broker', false],
      ['bureau', true],
    ])('%s: N details before any NDA was accepted: %s', async (viewer, details) => {
      const result = await as(viewer, `query($id: ID!) { challenge(id: $id) { ${DETAILS_VIEW} } }`, { id: challenge.N });
      expect(detailsOf(result.data.challenge)).toBe(details);
      expect(result.data.challenge.ndaAccepted).toBe(false);
    });

    // The institutes only: everybody else is refused as a non-bidder (tabled on P below) before the NDA matters.
    mutationMatrix('submitBid on N before accepting its NDA', [
      ['institute', 'FORBIDDEN NDA_REQUIRED'],
      ['otherInstitute', 'FORBIDDEN NDA_REQUIRED'],
    ], () => [M.submitBid, { input: bidInput(challenge.N) }]);

    it('the institute accepts N’s NDA', async () => {
      expect((await ok(platform, `mutation($id: ID!) { acceptNda(challengeId: $id) { ndaAccepted detailsVisible } }`, { id: challenge.N }, token.institute))).toEqual({
        ndaAccepted: true,
        detailsVisible: true,
      });
    });

    // Nobody may edit after publication: the owner meets the state machine, everybody else the owner rule.
    const OWNER_EDITS_AFTER_PUBLICATION: Rows = [
      ['anonymous', 'UNAUTHENTICATED'],
      ['owner', 'CONFLICT'],
      ['otherEnterprise', 'FORBIDDEN'],
      ['institute', 'FORBIDDEN'],
      ['otherInstitute', 'FORBIDDEN'],
      ['expert', 'FORBIDDEN'],
      ['otherExpert', 'FORBIDDEN'],
      ['broker', 'FORBIDDEN'],
      ['bureau', 'FORBIDDEN'],
    ];
    mutationMatrix('updateChallenge of published P', OWNER_EDITS_AFTER_PUBLICATION, () => [M.updateChallenge, { id: challenge.P, input: { bounty: '1.00' } }]);

    // The other institute is left out: it could bid on P, and must stay a non-bidder.
    mutationMatrix('submitBid on P', [
      ['anonymous', 'UNAUTHENTICATED'],
      ['owner', 'FORBIDDEN NOT_A_BIDDER'],
      ['otherEnterprise', 'FORBIDDEN NOT_A_BIDDER'],
      ['expert', 'FORBIDDEN NOT_A_BIDDER'],
      ['otherExpert', 'FORBIDDEN NOT_A_BIDDER'],
      ['broker', 'FORBIDDEN NOT_A_BIDDER'],
      ['bureau', 'FORBIDDEN NOT_A_BIDDER'],
      ['institute', 'OK'],
    ], () => [M.submitBid, { input: bidInput(challenge.P) }], (submitted) => (bid.instP = submitted.id));
    mutationMatrix('submitBid on N after the institute accepted its NDA', [
      ['otherInstitute', 'FORBIDDEN NDA_REQUIRED'],
      ['institute', 'OK'],
    ], () => [M.submitBid, { input: bidInput(challenge.N) }], (submitted) => (bid.instN = submitted.id));

    describe('with sealed bids (the university also bid on P, and withdrew)', () => {
      beforeAll(async () => {
        bid.univP = (await ok(platform, M.submitBid, { input: bidInput(challenge.P, { price: '990000.00' }) }, token.university)).id;
        await ok(platform, M.withdrawBid, { id: bid.univP }, token.university);
        seen = await lookAround(EVERYTHING({ hall: true, mine: true }));
      });

      // [viewer, P details, N details, N ndaAccepted]
      it.each<[Viewer, boolean, boolean, boolean]>([
        ['anonymous', true, false, false],
        ['owner', true, true, false],
        ['otherEnterprise', true, false, false],
        ['institute', true, true, true],
        ['otherInstitute', true, false, false],
        ['expert', true, true, false],
        ['otherExpert', true, false, false],
        ['broker', true, false, false],
        ['bureau', true, true, false],
      ])('%s: sees both; P details %s, N details %s, N ndaAccepted %s', (viewer, pDetails, nDetails, nda) => {
        expect(visibility(seen[viewer], 'p')).toBe(true);
        expect(visibility(seen[viewer], 'n')).toBe(true);
        expect(detailsOf(seen[viewer].p)).toBe(pDetails);
        expect(detailsOf(seen[viewer].n)).toBe(nDetails);
        expect(seen[viewer].n.ndaAccepted).toBe(nda);
      });

      // Through challenge(id).bids / myBid / ranking.bid, challenges, bid(id) and bid.challenge, myBids,
      // myChallenges and notifications.challenge.
      it.each<[Viewer, string[]]>([
        ['anonymous', []],
        ['owner', []],
        ['otherEnterprise', []],
        ['institute', ['instN', 'instP']],
        ['otherInstitute', []],
        ['expert', []],
        ['otherExpert', []],
        ['broker', []],
        ['bureau', ['instN', 'instP', 'univP']],
      ])('%s reaches, through every path, the bids %j', (viewer, expected) => {
        expect(reachableBids(seen[viewer])).toEqual(expected);
      });

      it('the university reaches its own withdrawn bid, and nothing else', async () => {
        const look = await as('university', lookQuery({ mine: true }), lookVariables());
        expect(look.errors).toBeUndefined();
        expect(reachableBids(look.data)).toEqual(['univP']);
      });

      // [viewer, P.bids, P.myBid, P.bidCount, P.ranking]
      it.each<[Viewer, string[], string | null, number | null, string[] | null]>([
        ['anonymous', [], null, null, null],
        ['owner', [], null, null, null],
        ['otherEnterprise', [], null, null, null],
        ['institute', ['instP'], 'instP', null, null],
        ['otherInstitute', [], null, null, null],
        ['expert', [], null, null, null],
        ['otherExpert', [], null, null, null],
        ['broker', [], null, null, null],
        ['bureau', ['instP', 'univP'], null, 1, ['instP']],
      ])('%s: P.bids %j, myBid %s, bidCount %s, ranking %j', (viewer, bids, myBid, bidCount, ranking) => {
        const p = seen[viewer].p;
        expect(labels(p.bids)).toEqual(bids);
        expect(p.myBid && labelOf(p.myBid.id)).toEqual(myBid);
        expect(p.bidCount).toEqual(bidCount);
        expect(rankingOf(p)).toEqual(ranking);
      });

      const BIDDER_ONLY: Rows = [
        ['anonymous', 'UNAUTHENTICATED'],
        ['owner', 'NOT_FOUND'],
        ['otherEnterprise', 'NOT_FOUND'],
        ['otherInstitute', 'NOT_FOUND'],
        ['expert', 'NOT_FOUND'],
        ['otherExpert', 'NOT_FOUND'],
        ['broker', 'NOT_FOUND'],
        ['bureau', 'NOT_FOUND'],
        ['institute', 'OK'],
      ];
      mutationMatrix('updateBid of instP', BIDDER_ONLY, () => [M.updateBid, { id: bid.instP, input: { price: '1150000.00' } }]);
      mutationMatrix('withdrawBid of instN', BIDDER_ONLY, () => [M.withdrawBid, { id: bid.instN }]);

      it('the institute resubmits its withdrawn bid on N (the same bid comes back)', async () => {
        const again = await ok(platform, M.submitBid, { input: bidInput(challenge.N) }, token.institute);
        expect(again.id).toBe(bid.instN);
      });

      // Before the deadline even the owner cannot know that a bid exists (after it, every viewer is tabled in phase 4).
      mutationMatrix('setBidFeedback on instP before the deadline', [
        ['owner', 'NOT_FOUND'],
      ], () => [M.setBidFeedback, { i: { bidId: bid.instP, feedback: '提前反馈' } }]);
    });
  });

  describe('4. bidding closed at the deadline: both EVALUATING', () => {
    beforeAll(async () => {
      await passDeadline(platform, challenge.P);
      await passDeadline(platform, challenge.N);
      // The first request closes bidding (and notifies the owner and the experts); digests stay still afterwards.
      expect((await ok(platform, `query($id: ID!) { challenge(id: $id) { status } }`, { id: challenge.P })).status).toBe('EVALUATING');
      await ok(platform, M.scoreBid, { i: scoreSheet(bid.instP, 70) }, token.secondExpert);
    });

    mutationMatrix('scoreBid of instP', [
      ['anonymous', 'UNAUTHENTICATED'],
      ['owner', 'FORBIDDEN'],
      ['otherEnterprise', 'FORBIDDEN'],
      ['institute', 'FORBIDDEN'],
      ['otherInstitute', 'FORBIDDEN'],
      ['otherExpert', 'NOT_FOUND'],
      ['broker', 'FORBIDDEN'],
      ['bureau', 'FORBIDDEN'],
      ['expert', 'OK'],
    ], () => [M.scoreBid, { i: scoreSheet(bid.instP, 90) }]);

    // Inferred from the sealed-bid rule: the assigned expert may not read a withdrawn bid, so to it the bid does not exist.
    it('scoreBid of the withdrawn univP by the assigned expert: NOT_FOUND', async () => {
      await attempt('expert', 'NOT_FOUND', M.scoreBid, { i: scoreSheet(bid.univP, 50) });
    });

    mutationMatrix('setBidFeedback on instP after the deadline', [
      ['anonymous', 'UNAUTHENTICATED'],
      ['otherEnterprise', 'NOT_FOUND'],
      ['institute', 'NOT_FOUND'],
      ['otherInstitute', 'NOT_FOUND'],
      ['expert', 'NOT_FOUND'],
      ['otherExpert', 'NOT_FOUND'],
      ['broker', 'NOT_FOUND'],
      ['bureau', 'NOT_FOUND'],
      ['owner', 'OK'],
    ], () => [M.setBidFeedback, { i: { bidId: bid.instP, feedback: EVALUATION_FEEDBACK } }]);

    it('setBidFeedback on the withdrawn univP, even by the owner: NOT_FOUND', async () => {
      await attempt('owner', 'NOT_FOUND', M.setBidFeedback, { i: { bidId: bid.univP, feedback: '撤回的方案' } });
    });

    describe('what each viewer sees while the review is open (both experts scored instP)', () => {
      beforeAll(async () => {
        // myBids and the inbox follow the same rule after the deadline as after the decision: looked at in phase 6.
        seen = await lookAround(EVERYTHING({}));
      });

      it.each<[Viewer, string[]]>([
        ['anonymous', []],
        ['owner', ['instN', 'instP']],
        ['otherEnterprise', []],
        ['institute', ['instN', 'instP']],
        ['otherInstitute', []],
        ['expert', ['instN', 'instP']],
        ['otherExpert', []],
        ['broker', []],
        ['bureau', ['instN', 'instP', 'univP']],
      ])('%s reaches, through challenge(id) and bid(id) (and what hangs off them), the bids %j', (viewer, expected) => {
        expect(reachableBids(seen[viewer])).toEqual(expected);
      });

      // [viewer, P.bids, P.myBid, P.bidCount, bid(instP).challenge.bids]
      it.each<[Viewer, string[], string | null, number | null, string[] | typeof SEALED]>([
        ['anonymous', [], null, null, SEALED],
        ['owner', ['instP'], null, 1, ['instP']],
        ['otherEnterprise', [], null, null, SEALED],
        ['institute', ['instP'], 'instP', null, ['instP']],
        ['otherInstitute', [], null, null, SEALED],
        ['expert', ['instP'], null, 1, ['instP']],
        ['otherExpert', [], null, null, SEALED],
        ['broker', [], null, null, SEALED],
        ['bureau', ['instP', 'univP'], null, 1, ['instP', 'univP']],
      ])('%s: P.bids %j, myBid %s, bidCount %s, bid(instP).challenge.bids %j', (viewer, bids, myBid, bidCount, nested) => {
        const { p, instP } = seen[viewer];
        expect(labels(p.bids)).toEqual(bids);
        expect(p.myBid && labelOf(p.myBid.id)).toEqual(myBid);
        expect(p.bidCount).toEqual(bidCount);
        expect(instP === null ? SEALED : labels(instP.challenge.bids)).toEqual(nested);
      });

      // [viewer, whose scores of instP it sees, P.ranking]
      it.each<[Viewer, string[] | null | typeof SEALED, string[] | null]>([
        ['anonymous', SEALED, null],
        ['owner', null, null],
        ['otherEnterprise', SEALED, null],
        ['institute', null, null],
        ['otherInstitute', SEALED, null],
        ['expert', [EXPERT_NAME], null],
        ['otherExpert', SEALED, null],
        ['broker', SEALED, null],
        ['bureau', BOTH_EXPERTS, ['instP']],
      ])('%s: scores of instP %j; P.ranking %j', (viewer, scores, ranking) => {
        expect(scoresOf(seen[viewer].instP)).toEqual(scores);
        expect(rankingOf(seen[viewer].p)).toEqual(ranking);
      });

      // The owner wrote feedback; the bidder reads it only with its outcome.
      it.each<[Viewer, string | null]>([
        ['anonymous', SEALED],
        ['owner', EVALUATION_FEEDBACK],
        ['otherEnterprise', SEALED],
        ['institute', null],
        ['otherInstitute', SEALED],
        ['expert', null],
        ['otherExpert', SEALED],
        ['broker', SEALED],
        ['bureau', EVALUATION_FEEDBACK],
      ])('%s: instP.feedback %j', (viewer, feedback) => {
        expect(feedbackOf(seen[viewer].instP)).toEqual(feedback);
      });

      // [viewer, P.history there, P.experts]
      it.each<[Viewer, boolean, string[] | null]>([
        ['anonymous', false, null],
        ['owner', true, null],
        ['otherEnterprise', false, null],
        ['institute', false, null],
        ['otherInstitute', false, null],
        ['expert', false, null],
        ['otherExpert', false, null],
        ['broker', false, null],
        ['bureau', true, BOTH_EXPERTS],
      ])('%s: P.history %s, P.experts %j', (viewer, history, experts) => {
        expect(seen[viewer].p.history !== null).toBe(history);
        expect(expertsOf(seen[viewer].p)).toEqual(experts);
      });
    });

    // closeReview is the owner's or the bureau's: the owner closes P's review (everybody else refused), the bureau N's.
    const CLOSE_REVIEW_REFUSED: Rows = [
      ['anonymous', 'UNAUTHENTICATED'],
      ['otherEnterprise', 'FORBIDDEN'],
      ['institute', 'FORBIDDEN'],
      ['otherInstitute', 'FORBIDDEN'],
      ['expert', 'FORBIDDEN'],
      ['otherExpert', 'FORBIDDEN'],
      ['broker', 'FORBIDDEN'],
    ];
    mutationMatrix('closeReview of P', [...CLOSE_REVIEW_REFUSED, ['owner', 'OK']], () => [M.closeReview, { id: challenge.P }]);
    mutationMatrix('closeReview of N', [['bureau', 'OK']], () => [M.closeReview, { id: challenge.N }]);
  });

  describe('5. the review is closed (still EVALUATING)', () => {
    describe('what each viewer sees', () => {
      beforeAll(async () => {
        seen = await lookAround(
          () => `query($p: ID!, $n: ID!, $instP: ID!) {
            p: challenge(id: $p) { id ranking { rank bid { ${BID} } } } n: challenge(id: $n) { id ranking { rank bid { ${BID} } } }
            instP: bid(id: $instP) { ${BID} scores { expertName } } }`,
        );
      });

      // [viewer, whose scores of instP it sees, P.ranking, N.ranking]
      it.each<[Viewer, string[] | null | typeof SEALED, string[] | null, string[] | null]>([
        ['anonymous', SEALED, null, null],
        ['owner', BOTH_EXPERTS, ['instP'], ['instN']],
        ['otherEnterprise', SEALED, null, null],
        ['institute', null, null, null],
        ['otherInstitute', SEALED, null, null],
        ['expert', BOTH_EXPERTS, ['instP'], ['instN']],
        ['otherExpert', SEALED, null, null],
        ['broker', SEALED, null, null],
        ['bureau', BOTH_EXPERTS, ['instP'], ['instN']],
      ])('%s: scores of instP %j; P.ranking %j, N.ranking %j', (viewer, scores, pRanking, nRanking) => {
        expect(scoresOf(seen[viewer].instP)).toEqual(scores);
        expect(rankingOf(seen[viewer].p)).toEqual(pRanking);
        expect(rankingOf(seen[viewer].n)).toEqual(nRanking);
      });
    });

    const OWNER_DECIDES: Rows = [
      ['anonymous', 'UNAUTHENTICATED'],
      ['otherEnterprise', 'FORBIDDEN'],
      ['institute', 'FORBIDDEN'],
      ['otherInstitute', 'FORBIDDEN'],
      ['expert', 'FORBIDDEN'],
      ['otherExpert', 'FORBIDDEN'],
      ['broker', 'FORBIDDEN'],
      ['bureau', 'FORBIDDEN'],
      ['owner', 'OK'],
    ];
    mutationMatrix('awardChallenge of P', OWNER_DECIDES, () => [
      M.awardChallenge,
      { i: { challengeId: challenge.P, bidId: bid.instP, feedback: [{ bidId: bid.instP, feedback: AWARD_FEEDBACK }] } },
    ]);
    mutationMatrix('declareNoWinner of N', OWNER_DECIDES, () => [M.declareNoWinner, { i: { challengeId: challenge.N, reason: NO_WINNER_REASON } }]);
  });

  describe('6. decided (P AWARDED, N NO_WINNER), then P CONTRACTED and COMPLETED', () => {
    // Both are the owner's or the bureau's: the owner marks the contract, the bureau the completion.
    const OWNER_OR_BUREAU_REFUSED: Rows = [
      ['anonymous', 'UNAUTHENTICATED'],
      ['otherEnterprise', 'FORBIDDEN'],
      ['institute', 'FORBIDDEN'],
      ['otherInstitute', 'FORBIDDEN'],
      ['expert', 'FORBIDDEN'],
      ['otherExpert', 'FORBIDDEN'],
      ['broker', 'FORBIDDEN'],
    ];
    mutationMatrix('markChallengeContracted of P', [...OWNER_OR_BUREAU_REFUSED, ['owner', 'OK']], () => [M.markChallengeContracted, { id: challenge.P }]);
    mutationMatrix('markChallengeCompleted of P', [...OWNER_OR_BUREAU_REFUSED, ['bureau', 'OK']], () => [M.markChallengeCompleted, { id: challenge.P }]);

    describe('what each viewer sees', () => {
      beforeAll(async () => {
        seen = await lookAround(EVERYTHING({ hall: true, mine: true }));
      });

      // [viewer, sees both (P COMPLETED, N NO_WINNER), P.history there, N.history there, P.experts]
      it.each<[Viewer, boolean, boolean, boolean, string[] | null]>([
        ['anonymous', true, false, false, null],
        ['owner', true, true, true, null],
        ['otherEnterprise', true, false, false, null],
        ['institute', true, false, false, null],
        ['otherInstitute', true, false, false, null],
        ['expert', true, false, false, null],
        ['otherExpert', true, false, false, null],
        ['broker', true, false, false, null],
        ['bureau', true, true, true, BOTH_EXPERTS],
      ])('%s: sees both %s; P.history %s, N.history %s, P.experts %j', (viewer, sees, pHistory, nHistory, experts) => {
        const { p, n } = seen[viewer];
        expect(visibility(seen[viewer], 'p')).toBe(sees);
        expect(visibility(seen[viewer], 'n')).toBe(sees);
        expect([p.status, n.status]).toEqual(['COMPLETED', 'NO_WINNER']);
        expect([p.history !== null, n.history !== null]).toEqual([pHistory, nHistory]);
        expect(expertsOf(p)).toEqual(experts);
      });

      // [viewer, instP.feedback, instN.feedback (the no-winner reason by default), whose scores of instP it sees]
      it.each<[Viewer, string | null, string | null, string[] | null | typeof SEALED]>([
        ['anonymous', SEALED, SEALED, SEALED],
        ['owner', AWARD_FEEDBACK, NO_WINNER_REASON, BOTH_EXPERTS],
        ['otherEnterprise', SEALED, SEALED, SEALED],
        ['institute', AWARD_FEEDBACK, NO_WINNER_REASON, null],
        ['otherInstitute', SEALED, SEALED, SEALED],
        ['expert', null, null, BOTH_EXPERTS],
        ['otherExpert', SEALED, SEALED, SEALED],
        ['broker', SEALED, SEALED, SEALED],
        ['bureau', AWARD_FEEDBACK, NO_WINNER_REASON, BOTH_EXPERTS],
      ])('%s: instP.feedback %j, instN.feedback %j, instP scores %j', (viewer, pFeedback, nFeedback, scores) => {
        expect(feedbackOf(seen[viewer].instP)).toEqual(pFeedback);
        expect(feedbackOf(seen[viewer].instN)).toEqual(nFeedback);
        expect(scoresOf(seen[viewer].instP)).toEqual(scores);
      });

      it('the institute reads both outcomes through myBids and its BID_OUTCOME messages, never the scores', () => {
        const mine = seen.institute;
        expect(mine.myBids.edges.map((e: any) => [labelOf(e.node.id), e.node.outcome, e.node.scores]).sort()).toEqual([
          ['instN', 'NOT_SELECTED', null],
          ['instP', 'AWARDED', null],
        ]);
        const outcomes = mine.notifications.edges.filter((e: any) => e.node.kind === 'BID_OUTCOME');
        expect(outcomes.map((e: any) => e.node.challenge.id).sort()).toEqual([challenge.P, challenge.N].sort());
      });

      it.each<[Viewer, string[]]>([
        ['anonymous', []],
        ['owner', ['instN', 'instP']],
        ['otherEnterprise', []],
        ['institute', ['instN', 'instP']],
        ['otherInstitute', []],
        ['expert', ['instN', 'instP']],
        ['otherExpert', []],
        ['broker', []],
        ['bureau', ['instN', 'instP', 'univP']],
      ])('%s reaches, through every path, the bids %j', (viewer, expected) => {
        expect(reachableBids(seen[viewer])).toEqual(expected);
      });
    });
  });

  describe('7. cancellation (C1 the owner’s draft from phase 1, C2 published with the institute’s bid)', () => {
    beforeAll(async () => {
      challenge.C2 = (await ok(platform, M.createChallenge, { input: challengeInput({ title: '已发榜：将被科技局取消' }) }, token.owner)).id;
      await ok(platform, M.submitChallenge, { id: challenge.C2 }, token.owner);
      await ok(platform, M.publishChallenge, { id: challenge.C2 }, token.bureau);
      bid.instC2 = (await ok(platform, M.submitBid, { input: bidInput(challenge.C2) }, token.institute)).id;
    });

    // The owner's or the bureau's: the owner cancels C1, the bureau C2.
    mutationMatrix('cancelChallenge of draft C1', [
      ['anonymous', 'UNAUTHENTICATED'],
      ['otherEnterprise', 'NOT_FOUND'],
      ['institute', 'NOT_FOUND'],
      ['otherInstitute', 'NOT_FOUND'],
      ['expert', 'NOT_FOUND'],
      ['otherExpert', 'NOT_FOUND'],
      ['broker', 'NOT_FOUND'],
      ['owner', 'OK'],
    ], () => [M.cancelChallenge, { i: { challengeId: challenge.C1, reason: '需求变更。' } }]);
    mutationMatrix('cancelChallenge of published C2', [
      ['anonymous', 'UNAUTHENTICATED'],
      ['otherEnterprise', 'FORBIDDEN'],
      ['institute', 'FORBIDDEN'],
      ['otherInstitute', 'FORBIDDEN'],
      ['expert', 'FORBIDDEN'],
      ['otherExpert', 'FORBIDDEN'],
      ['broker', 'FORBIDDEN'],
      ['bureau', 'OK'],
    ], () => [M.cancelChallenge, { i: { challengeId: challenge.C2, reason: '经费来源调整。' } }]);

    // Once cancelled, a challenge is its owner's and the bureau's again: even the institute that bid loses it.
    it.each<[Viewer, boolean]>([
      ['anonymous', false],
      ['owner', true],
      ['otherEnterprise', false],
      ['institute', false],
      ['otherInstitute', false],
      ['expert', false],
      ['otherExpert', false],
      ['broker', false],
      ['bureau', true],
    ])('%s sees the cancelled C1 and C2 (challenge(id) and challenges): %s', async (viewer, visible) => {
      const result = await as(viewer, `query($c1: ID!, $c2: ID!) {
        c1: challenge(id: $c1) { id } c2: challenge(id: $c2) { id } hall: challenges(first: 50) { edges { node { id } } } }`, {
        c1: challenge.C1,
        c2: challenge.C2,
      });
      const { c1, c2, hall } = result.data;
      const listed = hall.edges.map((e: any) => e.node.id);
      expect([c1 !== null, c2 !== null, listed.includes(challenge.C1), listed.includes(challenge.C2)]).toEqual([visible, visible, visible, visible]);
    });

    it('the institute is told of the cancellation, but the message no longer leads to the challenge', async () => {
      const inbox = await ok(platform, `{ notifications(first: 50) { edges { node { kind challengeId challenge { id } } } } }`, {}, token.institute);
      const cancelled = inbox.edges.filter((e: any) => e.node.kind === 'CHALLENGE_CANCELLED').map((e: any) => e.node);
      expect(cancelled).toEqual([{ kind: 'CHALLENGE_CANCELLED', challengeId: challenge.C2, challenge: null }]);
    });

    it('the institute still reads its own bid on C2, but neither C2’s details nor its history through it', async () => {
      const result = await as('institute', `query($id: ID!) {
        bid(id: $id) { id challenge { id details { statement } detailsVisible bidCount bids { id } history { toStatus } } } }`, { id: bid.instC2 });
      expect(result.data.bid.challenge).toMatchObject({ details: null, detailsVisible: false, bidCount: null, bids: [{ id: bid.instC2 }], history: null });
    });
  });

  describe('8. the inbox is personal', () => {
    let ownerMessages: string[];
    beforeAll(async () => {
      const inbox = await ok(platform, `{ notifications(first: 100, unreadOnly: true) { edges { node { id } } } }`, {}, token.owner);
      ownerMessages = inbox.edges.map((e: any) => e.node.id);
      expect(ownerMessages.length).toBeGreaterThan(0);
    });

    // [viewer, messages marked read when it marks the owner's messages]
    it.each<[Viewer, number | 'UNAUTHENTICATED' | 'all']>([
      ['anonymous', 'UNAUTHENTICATED'],
      ['otherEnterprise', 0],
      ['institute', 0],
      ['otherInstitute', 0],
      ['expert', 0],
      ['otherExpert', 0],
      ['broker', 0],
      ['bureau', 0],
      ['owner', 'all'],
    ])('markNotificationsRead of the owner’s messages as %s: %s', async (viewer, expected) => {
      const before = await dbFingerprint(platform);
      const result = await as(viewer, M.markNotificationsRead, { ids: ownerMessages });
      const changed = result.errors ? result.errors[0].extensions?.code : result.data.markNotificationsRead;
      expect(changed).toEqual(expected === 'all' ? ownerMessages.length : expected);
      if (expected !== 'all') expect(await dbFingerprint(platform)).toEqual(before);
    });

    it('myBids, myChallenges, notifications and unreadNotificationCount require signing in', async () => {
      for (const query of ['{ myBids { totalCount } }', '{ myChallenges { totalCount } }', '{ notifications { totalCount } }', '{ unreadNotificationCount }']) {
        expect((await as('anonymous', query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
    });
  });
});

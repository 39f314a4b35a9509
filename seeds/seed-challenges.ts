import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Viewer } from '../server/src/modules/auth/viewer';
import { BidService } from '../server/src/modules/bid/bid.service';
import { closeExpiredChallenges } from '../server/src/modules/challenge/challenge-clock';
import { ChallengeService } from '../server/src/modules/challenge/challenge.service';
import { Confidentiality } from '../server/src/modules/challenge/challenge.types';
import { AwardService } from '../server/src/modules/review/award.service';
import { ReviewService } from '../server/src/modules/review/review.service';
import { SEED_BIDS, SEED_CHALLENGES, type SeedChallenge } from './data/challenges';
import type { SeededAccounts } from './seed-accounts';

const DAY_MS = 24 * 3600 * 1000;
const CLOSED = ['EVALUATING', 'AWARDED', 'NO_WINNER', 'CONTRACTED', 'COMPLETED'];

const COMMENTS: Record<string, string[]> = {
  ADVANCEMENT: ['技术路线具有一定先进性，关键指标有文献和试验数据支撑。', '方案创新点明确，但与现有成熟工艺相比优势有待验证。', '核心技术处于国内领先水平，已有中试验证基础。'],
  FEASIBILITY: ['实施计划合理，里程碑可考核。', '进度安排偏紧，样件试验环节风险较大。', '已有类似工程经验，可行性较高。'],
  TEAM: ['团队结构完整，负责人具备相关项目经验。', '团队以高校科研人员为主，工程化能力需加强。', '团队长期从事该方向研究，成果积累扎实。'],
  PRICE: ['报价与工作量基本匹配。', '报价略高于同类项目，建议细化设备费用。', '报价合理，经费预算编制规范。'],
};

/** A stable score in [low, high] for a (bid, expert, criterion): demo data must not change between runs. */
function stableScore(seed: string, low: number, high: number): number {
  const value = createHash('sha256').update(seed).digest().readUInt32BE(0);
  return low + (value % (high - low + 1));
}

interface Services {
  challenges: ChallengeService;
  bids: BidService;
  reviews: ReviewService;
  awards: AwardService;
}

/**
 * Takes every seed challenge to its target state through the same services the API uses, so the demo data
 * has real histories, notifications, sealed bids, scores and outcomes. Deadlines in the past are reached by
 * creating the challenge with a future deadline, collecting bids, then moving the deadline back (the clock
 * closes bidding exactly as it would have).
 */
export async function seedChallenges(em: EntityManager, accounts: SeededAccounts): Promise<void> {
  const applyDeadlines = () => closeExpiredChallenges(em);
  const services: Services = {
    challenges: new ChallengeService(em, applyDeadlines),
    bids: new BidService(em, applyDeadlines),
    reviews: new ReviewService(em, applyDeadlines),
    awards: new AwardService(em, applyDeadlines),
  };
  const viewers = new Map<string, Viewer>();
  const viewerOf = async (userId: string) => {
    if (!viewers.has(userId)) viewers.set(userId, (await Viewer.load(em, userId))!);
    return viewers.get(userId)!;
  };
  const bureau = await viewerOf(accounts.bureauUserId);

  for (const [index, seed] of SEED_CHALLENGES.entries()) {
    // Every flush walks the whole identity map: keep it small (the transaction stays open).
    em.clear();
    const owner = await viewerOf(accounts.adminOfOrganization.get(seed.ownerKey)!);
    const challenge = await services.challenges.create(owner, {
      organizationId: accounts.organizationIds.get(seed.ownerKey)!,
      title: seed.title,
      summary: seed.summary,
      statement: seed.statement,
      indicators: seed.indicators,
      bounty: seed.bounty,
      deadline: new Date(Date.now() + Math.max(seed.deadlineDaysFromNow, 3) * DAY_MS),
      fieldCode: seed.fieldCode,
      keywords: seed.keywords,
      targetTrl: seed.targetTrl,
      regionCode: seed.regionCode,
      confidentiality: seed.confidentiality as Confidentiality,
      ipTerms: seed.ipTerms,
      contact: seed.contact,
    });
    if (seed.status === 'DRAFT') continue;
    await services.challenges.submit(owner, challenge.id);
    if (seed.status === 'SUBMITTED') continue;
    if (seed.status === 'REJECTED') {
      await services.challenges.reject(bureau, challenge.id, seed.rejectReason ?? '指标表述不够具体，请补充量化要求后重新提交。');
      continue;
    }
    await services.challenges.publish(bureau, challenge.id);
    if (seed.status === 'CANCELLED') {
      await services.challenges.cancel(owner, challenge.id, seed.cancelReason ?? '企业需求调整，暂停征集。');
      continue;
    }

    // A panel of two experts, rotating through the pool.
    const panel = [accounts.expertIds[index % accounts.expertIds.length], accounts.expertIds[(index + 1) % accounts.expertIds.length]];
    await services.reviews.assignExperts(bureau, { challengeId: challenge.id, expertIds: panel });

    const bids = SEED_BIDS.filter((bid) => bid.challengeKey === seed.key);
    const bidIds = new Map<string, string>();
    for (const bid of bids) {
      const bidder = await viewerOf(accounts.adminOfOrganization.get(bid.organizationKey)!);
      if (seed.confidentiality === 'NDA') await services.challenges.acceptNda(bidder, challenge.id, accounts.organizationIds.get(bid.organizationKey));
      const created = await services.bids.submit(bidder, {
        challengeId: challenge.id,
        organizationId: accounts.organizationIds.get(bid.organizationKey),
        approach: bid.approach,
        teamLead: bid.teamLead,
        teamMembers: bid.teamMembers,
        price: bid.price,
        durationMonths: bid.durationMonths,
        milestones: bid.milestones,
        attachments: [{ fileName: `${bid.organizationKey}-揭榜方案.pdf`, sizeBytes: 800_000 + bid.approach.length * 97, mimeType: 'application/pdf' }],
      });
      bidIds.set(bid.organizationKey, created.id);
    }
    if (!CLOSED.includes(seed.status)) continue;

    await em.getConnection().execute(`update challenge set deadline = ? where id = ?`, [
      new Date(Date.now() + seed.deadlineDaysFromNow * DAY_MS),
      challenge.id,
    ], 'run', em.getTransactionContext());
    await closeExpiredChallenges(em);

    await scoreBids(
      services,
      await Promise.all(panel.map(viewerOf)),
      seed,
      bids.map((b) => ({ id: bidIds.get(b.organizationKey)!, key: `${seed.key}/${b.organizationKey}`, awarded: b.awarded ?? false })),
    );
    if (seed.status === 'EVALUATING') continue;

    const feedback = bids.flatMap((b) => (b.feedback ? [{ bidId: bidIds.get(b.organizationKey)!, feedback: b.feedback }] : []));
    if (seed.status === 'NO_WINNER') {
      await services.awards.declareNoWinner(owner, { challengeId: challenge.id, reason: seed.noWinnerReason ?? '各揭榜方案均未达到核心技术指标要求。', feedback });
      continue;
    }
    const winner = bids.find((b) => b.awarded);
    if (!winner) throw new Error(`seed challenge ${seed.key} is ${seed.status} but has no awarded bid`);
    await services.awards.award(owner, { challengeId: challenge.id, bidId: bidIds.get(winner.organizationKey)!, feedback });
    if (seed.status === 'AWARDED') continue;
    await services.challenges.markContracted(owner, challenge.id);
    if (seed.status === 'CONTRACTED') continue;
    await services.challenges.markCompleted(bureau, challenge.id, '项目通过验收，主要技术指标全部达到。');
  }

  // Spread creation dates over the weeks before each deadline, as on a platform in use for a while.
  await em.getConnection().execute(
    `update challenge set created_at = least(created_at, deadline - interval '45 days'),
                          published_at = case when published_at is null then null else least(published_at, deadline - interval '30 days') end`,
    [],
    'run',
    em.getTransactionContext(),
  );
}

/** Both experts score every bid; an EVALUATING challenge is left half-scored (the second expert has not finished). */
async function scoreBids(services: Services, panel: Viewer[], seed: SeedChallenge, bids: Array<{ id: string; key: string; awarded: boolean }>) {
  const scorers = seed.status === 'EVALUATING' ? panel.slice(0, 1) : panel;
  const criteria = ['ADVANCEMENT', 'FEASIBILITY', 'TEAM', 'PRICE'];
  for (const [expertIndex, expert] of scorers.entries()) {
    for (const bid of bids) {
      await services.reviews.scoreBid(expert, {
        bidId: bid.id,
        scores: criteria.map((criterionKey) => {
          const seedText = `${bid.key}/${expertIndex}/${criterionKey}`;
          // Winners were chosen for a reason: their scores lean higher.
          const score = bid.awarded ? stableScore(seedText, 78, 96) : stableScore(seedText, 60, 88);
          return { criterionKey, score, comment: COMMENTS[criterionKey][stableScore(seedText, 0, 2)] };
        }),
      });
    }
  }
}

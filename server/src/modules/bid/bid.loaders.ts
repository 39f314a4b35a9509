import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, groupBy } from '../../graphql/group-by';
import { ExpertAssignment } from '../review/expert-assignment.entity';
import { ReviewScore } from '../review/review-score.entity';
import { Bid } from './bid.entity';

/**
 * Bids and review data by challenge or bid. These return everything: the resolvers filter by the sealed-bid
 * and blind-review rules before anything reaches the client.
 */
export function createBidLoaders(em: EntityManager) {
  return {
    bidById: new DataLoader<string, Bid | null>(async (ids) => byKey(ids, await em.find(Bid, { id: { $in: [...ids] } }), (row) => row.id)),
    bidsByChallenge: new DataLoader<string, Bid[]>(async (challengeIds) => {
      const rows = await em.find(Bid, { challenge: { $in: [...challengeIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(challengeIds, rows, (row) => row.challenge.id);
    }),
    scoresByBid: new DataLoader<string, ReviewScore[]>(async (bidIds) => {
      const rows = await em.find(ReviewScore, { bid: { $in: [...bidIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(bidIds, rows, (row) => row.bid.id);
    }),
    assignmentsByChallenge: new DataLoader<string, ExpertAssignment[]>(async (challengeIds) => {
      const rows = await em.find(ExpertAssignment, { challenge: { $in: [...challengeIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(challengeIds, rows, (row) => row.challenge.id);
    }),
  };
}

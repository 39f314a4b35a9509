import type { Context } from '../../context';
import { canReadOthersBids } from '../challenge/challenge-access';
import { challengeRelation } from '../challenge/challenge-relation';
import type { Bid } from './bid.entity';
import { BidStatus } from './bid.types';

/**
 * The sealed-bid rule, applied on every path that returns a bid: its own organization and the bureau always;
 * the challenge owner and the assigned experts once bidding has closed, and never a withdrawn bid.
 */
export async function canReadBid(context: Pick<Context, 'viewer' | 'loaders'>, bid: Bid): Promise<boolean> {
  const { viewer, loaders } = context;
  if (!viewer) return false;
  if (viewer.isBureau || viewer.isMemberOf(bid.organization.id)) return true;
  if (bid.status !== BidStatus.SUBMITTED) return false;
  const challenge = await loaders.challengeById.load(bid.challenge.id);
  return challenge !== null && canReadOthersBids(challenge, await challengeRelation(context, challenge));
}

/** Keeps the bids the viewer may read, in order. */
export async function readableBids(context: Pick<Context, 'viewer' | 'loaders'>, bids: Bid[]): Promise<Bid[]> {
  const allowed = await Promise.all(bids.map((bid) => canReadBid(context, bid)));
  return bids.filter((_, i) => allowed[i]);
}

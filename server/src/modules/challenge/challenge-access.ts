import type { Viewer } from '../auth/viewer';
import { CLOSED_FOR_BIDDING_STATUSES, PUBLIC_STATUSES } from './challenge-status';
import type { Challenge } from './challenge.entity';
import { Confidentiality } from './challenge.types';

/** What the viewer is to one challenge; gathered through loaders, then judged by the pure rules below. */
export interface ChallengeRelation {
  isBureau: boolean;
  isOwner: boolean;
  isAssignedExpert: boolean;
  /** One of the viewer's organizations accepted this challenge's NDA. */
  ndaAccepted: boolean;
}

export function relationTo(viewer: Viewer | null, challenge: Challenge, isAssignedExpert: boolean, ndaAccepted: boolean): ChallengeRelation {
  return {
    isBureau: viewer?.isBureau ?? false,
    isOwner: viewer?.isMemberOf(challenge.ownerOrganization.id) ?? false,
    isAssignedExpert,
    ndaAccepted,
  };
}

/** Drafts, submissions, rejections and cancellations are seen only by their owner and the bureau (and assigned experts). */
export function canSeeChallenge(challenge: Challenge, r: ChallengeRelation): boolean {
  return r.isBureau || r.isOwner || r.isAssignedExpert || PUBLIC_STATUSES.includes(challenge.status);
}

/**
 * A challenge everyone sees whole (a public state, PUBLIC confidentiality): canSeeChallenge and canSeeDetails
 * hold whatever the viewer's relation, so a caller that needs only those two may skip loading it.
 */
export function isOpenToAll(challenge: Challenge): boolean {
  return PUBLIC_STATUSES.includes(challenge.status) && challenge.confidentiality === Confidentiality.PUBLIC;
}

/** The statement, indicators, IP terms and contact: public challenges show them, NDA ones only after acceptance. */
export function canSeeDetails(challenge: Challenge, r: ChallengeRelation): boolean {
  if (!canSeeChallenge(challenge, r)) return false;
  return r.isBureau || r.isOwner || r.isAssignedExpert || challenge.confidentiality === Confidentiality.PUBLIC || r.ndaAccepted;
}

/** Sealed bids: the owner and the assigned experts read them only once bidding has closed; the bureau always. */
export function canReadOthersBids(challenge: Challenge, r: ChallengeRelation): boolean {
  return r.isBureau || ((r.isOwner || r.isAssignedExpert) && CLOSED_FOR_BIDDING_STATUSES.includes(challenge.status));
}

/** The owner's decisions (edit, submit, award...) are for members of the posting organization. */
export function canActAsOwner(r: ChallengeRelation): boolean {
  return r.isOwner;
}

/** Who handled the challenge and how is internal to the owner and the bureau. */
export function canSeeHistory(r: ChallengeRelation): boolean {
  return r.isBureau || r.isOwner;
}

import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import type { Viewer } from '../auth/viewer';
import { ChallengeTransition } from './challenge-transition.entity';
import { Challenge } from './challenge.entity';
import { ChallengeStatus, PUBLIC_STATUSES, TRANSITIONS } from './challenge-status';
import { ChallengeError } from './challenge.errors';

/**
 * Runs `work` in a transaction holding the challenge's row lock (SELECT ... FOR UPDATE), so that state
 * changes of one challenge (publish, award, cancel, a bid arriving at the deadline...) happen one at a time
 * and each sees the state the previous one left.
 */
export async function withLockedChallenge<T>(
  em: EntityManager,
  viewer: Viewer,
  challengeId: string,
  work: (tx: EntityManager, challenge: Challenge) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const challenge = await tx.findOne(Challenge, { id: challengeId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // Someone else's unpublished challenge does not exist as far as this viewer is concerned.
    const visible =
      challenge &&
      (viewer.isBureau || viewer.isMemberOf(challenge.ownerOrganization.id) || PUBLIC_STATUSES.includes(challenge.status) ||
        (await tx.count('ExpertAssignment', { challenge: challenge.id, expert: viewer.id })) > 0);
    if (!challenge || !visible) throw CommonError.notFound('Challenge', challengeId);
    return work(tx, challenge);
  });
}

/** Moves a challenge along its lifecycle, recording who, when, from, to and why; CONFLICT when not allowed now. */
export function transition(
  tx: EntityManager,
  challenge: Challenge,
  to: ChallengeStatus,
  actorId: string | null,
  action: string,
  reason: string | null = null,
): void {
  if (!TRANSITIONS[challenge.status].includes(to)) throw ChallengeError.illegalTransition(challenge.status, action);
  tx.create(ChallengeTransition, { challenge, actor: actorId, fromStatus: challenge.status, toStatus: to, reason });
  challenge.status = to;
  if (reason) challenge.statusReason = reason;
}

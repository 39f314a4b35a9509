import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { transition } from './challenge-lock';
import { ChallengeStatus } from './challenge-status';
import { Challenge } from './challenge.entity';

/**
 * The bureau registered the contract an award became: the challenge is 已签约 (CONTRACTED) from then on, without
 * the owner having to say so again. Runs in the registration's transaction; a challenge already marked contracted
 * or completed by its owner stays as it is.
 */
export async function markContractedOnRegistration(tx: EntityManager, challengeId: string, actorId: string, registrationNumber: string): Promise<void> {
  const challenge = await tx.findOne(Challenge, { id: challengeId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (challenge?.status !== ChallengeStatus.AWARDED) return;
  transition(tx, challenge, ChallengeStatus.CONTRACTED, actorId, 'mark it contracted', `技术合同已认定登记，登记号 ${registrationNumber}`);
}

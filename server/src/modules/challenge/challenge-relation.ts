import type { Context } from '../../context';
import { relationTo, type ChallengeRelation } from './challenge-access';
import type { Challenge } from './challenge.entity';

/** The viewer's relation to a challenge, through the request's loaders (batched across a list). */
export async function challengeRelation(context: Pick<Context, 'viewer' | 'loaders'>, challenge: Challenge): Promise<ChallengeRelation> {
  const { viewer, loaders } = context;
  if (!viewer) return relationTo(null, challenge, false, false);
  const [isAssignedExpert, ndaAccepted] = await Promise.all([
    loaders.viewerIsAssignedExpert.load(challenge.id),
    loaders.viewerNdaAccepted.load(challenge.id),
  ]);
  return relationTo(viewer, challenge, isAssignedExpert, ndaAccepted);
}

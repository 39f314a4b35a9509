import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, groupBy } from '../../graphql/group-by';
import type { Viewer } from '../auth/viewer';
import { ChallengeTransition } from './challenge-transition.entity';
import { Challenge } from './challenge.entity';

/** Loaders of challenges and of the viewer's relation to them (assignment, NDA), one query per batch. */
export function createChallengeLoaders(em: EntityManager, viewerOf: () => Viewer | null) {
  return {
    challengeById: new DataLoader<string, Challenge | null>(async (ids) => byKey(ids, await em.find(Challenge, { id: { $in: [...ids] } }), (row) => row.id)),

    transitionsByChallenge: new DataLoader<string, ChallengeTransition[]>(async (ids) => {
      const rows = await em.find(ChallengeTransition, { challenge: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(ids, rows, (row) => row.challenge.id);
    }),

    /** Is the viewer an expert assigned to this challenge? */
    viewerIsAssignedExpert: new DataLoader<string, boolean>(async (challengeIds) => {
      const viewer = viewerOf();
      if (!viewer?.user.isExpert) return challengeIds.map(() => false);
      const rows: Array<{ challenge_id: string }> = await em.getConnection().execute(
        `select challenge_id from expert_assignment where expert_id = ? and challenge_id in (${challengeIds.map(() => '?').join(', ')})`,
        [viewer.id, ...challengeIds],
      );
      const assigned = new Set(rows.map((row) => row.challenge_id));
      return challengeIds.map((id) => assigned.has(id));
    }),

    /** Has one of the viewer's organizations accepted this challenge's NDA? */
    viewerNdaAccepted: new DataLoader<string, boolean>(async (challengeIds) => {
      const viewerOrganizationIds = viewerOf()?.memberships.map((m) => m.organizationId) ?? [];
      if (!viewerOrganizationIds.length) return challengeIds.map(() => false);
      const rows: Array<{ challenge_id: string }> = await em.getConnection().execute(
        `select challenge_id from nda_acceptance
          where organization_id in (${viewerOrganizationIds.map(() => '?').join(', ')})
            and challenge_id in (${challengeIds.map(() => '?').join(', ')})`,
        [...viewerOrganizationIds, ...challengeIds],
      );
      const accepted = new Set(rows.map((row) => row.challenge_id));
      return challengeIds.map((id) => accepted.has(id));
    }),
  };
}

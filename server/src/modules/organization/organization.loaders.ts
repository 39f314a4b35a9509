import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey, groupBy } from '../../graphql/group-by';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';

/** One SQL statement per batch; results in key order, null for a missing organization. */
export function createOrganizationLoaders(em: EntityManager) {
  return {
    organizationById: new DataLoader<string, Organization | null>(async (ids) => byKey(ids, await em.find(Organization, { id: { $in: [...ids] } }), (row) => row.id)),

    membershipsByOrganization: new DataLoader<string, Membership[]>(async (organizationIds) => {
      const rows = await em.find(
        Membership,
        { organization: { $in: [...organizationIds] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return groupBy(organizationIds, rows, (row) => row.organization.id);
    }),

    membershipsByUser: new DataLoader<string, Membership[]>(async (userIds) => {
      const rows = await em.find(Membership, { user: { $in: [...userIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(userIds, rows, (row) => row.user.id);
    }),
  };
}

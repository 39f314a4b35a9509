import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';

/** One SQL statement per batch; results in key order, null for a missing organization. */
export function createOrganizationLoaders(em: EntityManager) {
  return {
    organizationById: new DataLoader<string, Organization | null>(async (ids) => {
      const rows = await em.find(Organization, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    membershipsByOrganization: new DataLoader<string, Membership[]>(async (organizationIds) => {
      const rows = await em.find(
        Membership,
        { organization: { $in: [...organizationIds] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      );
      return organizationIds.map((id) => rows.filter((row) => row.organization.id === id));
    }),

    membershipsByUser: new DataLoader<string, Membership[]>(async (userIds) => {
      const rows = await em.find(Membership, { user: { $in: [...userIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return userIds.map((id) => rows.filter((row) => row.user.id === id));
    }),
  };
}

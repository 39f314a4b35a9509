import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';
import type { Deal } from './deal.entity';

/**
 * Who may see a deal: its broker, the members of the broker's organization (as recorded on the deal) and the
 * bureau. The only definition: single reads, lists, the pipeline, KPIs and exports all use it.
 */
export function visibleDeals(viewer: Viewer): FilterQuery<Deal> {
  if (viewer.isBureau) return {};
  const organizations = viewer.memberships.map((m) => m.organizationId);
  return organizations.length ? { $or: [{ broker: viewer.id }, { organization: { $in: organizations } }] } : { broker: viewer.id };
}

export function canSeeDeal(viewer: Viewer | null, deal: Deal): boolean {
  if (!viewer) return false;
  return viewer.isBureau || deal.broker.id === viewer.id || viewer.isMemberOf(deal.organization.id);
}

/** Whose pipeline and KPIs a viewer may read: their own, a colleague's in the same organization, anyone's for the bureau. */
export function canSeeBrokerWork(viewer: Viewer, brokerId: string, brokerOrganizationId: string | null): boolean {
  return viewer.isBureau || viewer.id === brokerId || (brokerOrganizationId !== null && viewer.isMemberOf(brokerOrganizationId));
}

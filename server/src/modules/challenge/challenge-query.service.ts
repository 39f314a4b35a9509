import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isDecimal, isIsoDate, sortKeyCondition, encodeSortCursor, toConnection, type ConnectionShape, type SortKey } from '../../graphql/connection';
import { containsPattern } from '../../graphql/validation';
import type { Viewer } from '../auth/viewer';
import { expandFieldCodes } from '../field/tech-field.service';
import { regionCondition } from '../organization/regions';
import { ExpertAssignment } from '../review/expert-assignment.entity';
import { Challenge } from './challenge.entity';
import { ChallengeStatus, PUBLIC_STATUSES } from './challenge-status';
import { ChallengeSort, type ChallengeFilter } from './challenge.inputs';

const SORT_KEYS: Record<ChallengeSort, SortKey<Challenge>> = {
  [ChallengeSort.NEWEST]: { property: 'createdAt', direction: 'desc', valueOf: (c) => c.createdAt.toISOString(), isValid: isIsoDate },
  [ChallengeSort.DEADLINE_SOONEST]: { property: 'deadline', direction: 'asc', valueOf: (c) => c.deadline.toISOString(), isValid: isIsoDate },
  [ChallengeSort.BOUNTY_HIGHEST]: { property: 'bounty', direction: 'desc', valueOf: (c) => c.bounty, isValid: isDecimal },
};

/** Lists of challenges, with what each viewer may see enforced in the SQL itself (so counts and pages are right). */
export class ChallengeQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly applyDeadlines: () => Promise<unknown>,
  ) {}

  /** The visibility rule of challenge-access.ts as a query condition. */
  private async visibleTo(viewer: Viewer | null): Promise<FilterQuery<Challenge>> {
    if (viewer?.isBureau) return {};
    const visible: FilterQuery<Challenge>[] = [{ status: { $in: PUBLIC_STATUSES } }];
    const organizationIds = viewer?.memberships.map((m) => m.organizationId) ?? [];
    if (organizationIds.length) visible.push({ ownerOrganization: { $in: organizationIds } });
    if (viewer?.user.isExpert) {
      const assignments = await this.em.find(ExpertAssignment, { expert: viewer.id }, { fields: ['challenge'] });
      if (assignments.length) visible.push({ id: { $in: assignments.map((a) => a.challenge.id) } });
    }
    return { $or: visible };
  }

  private async filterCondition(filter: ChallengeFilter): Promise<FilterQuery<Challenge>> {
    const where: FilterQuery<Challenge>[] = [];
    if (filter.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter.fieldCodes?.length) where.push({ field: { $in: await expandFieldCodes(this.em, filter.fieldCodes) } });
    if (filter.regionCode) {
      where.push({ regionCode: regionCondition(filter.regionCode) });
    }
    if (filter.minBounty) where.push({ bounty: { $gte: filter.minBounty } });
    if (filter.maxBounty) where.push({ bounty: { $lte: filter.maxBounty } });
    if (filter.deadlineFrom) where.push({ deadline: { $gte: filter.deadlineFrom } });
    if (filter.deadlineTo) where.push({ deadline: { $lte: filter.deadlineTo } });
    if (filter.ownerOrganizationId) where.push({ ownerOrganization: filter.ownerOrganizationId });
    if (filter.text?.trim()) {
      const pattern = containsPattern(filter.text);
      where.push({ $or: [{ title: { $ilike: pattern } }, { summary: { $ilike: pattern } }, { keywords: { $overlap: [filter.text.trim()] } }] });
    }
    return where.length ? { $and: where } : {};
  }

  private async page(
    where: FilterQuery<Challenge>,
    sort: ChallengeSort,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<Challenge>> {
    const key = SORT_KEYS[sort];
    const keyset = sortKeyCondition(key, after);
    const [rows, totalCount] = await Promise.all([
      this.em.find(Challenge, { $and: [where, keyset.where] }, { orderBy: keyset.orderBy, limit: first + 1 }),
      this.em.count(Challenge, where),
    ]);
    return toConnection(rows, first, totalCount, (row) => encodeSortCursor(key, row));
  }

  /** Every challenge the viewer may see, filtered and sorted. */
  async list(viewer: Viewer | null, filter: ChallengeFilter, sort: ChallengeSort, first: number, after?: string | null) {
    await this.applyDeadlines();
    const where = { $and: [await this.visibleTo(viewer), await this.filterCondition(filter)] };
    return this.page(where, sort, first, after);
  }

  /** The challenges of the viewer's own organizations, in every state. */
  async mine(viewer: Viewer, statuses: ChallengeStatus[] | null, sort: ChallengeSort, first: number, after?: string | null) {
    await this.applyDeadlines();
    const where: FilterQuery<Challenge> = {
      ownerOrganization: { $in: viewer.memberships.map((m) => m.organizationId) },
      ...(statuses?.length ? { status: { $in: statuses } } : {}),
    };
    return this.page(where, sort, first, after);
  }
}

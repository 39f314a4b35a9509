import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonError } from '../../errors';
import { cleanLabels, containsPattern } from '../../graphql/validation';
import { afterCursorCondition, toConnection, type ConnectionShape } from '../../graphql/connection';
import type { Viewer } from '../auth/viewer';
import { User } from '../user/user.entity';
import { normalizeEmail } from '../user/user.service';
import { normalizeCreditCode } from './credit-code';
import { regionCondition } from './regions';
import { Membership, MembershipRole } from './membership.entity';
import { Organization, OrganizationKind } from './organization.entity';
import { OrganizationError } from './organization.errors';
import type { AddMemberInput, CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from './organization.inputs';

export class OrganizationService {
  constructor(private readonly em: EntityManager) {}

  /** Registers an organization with the viewer as its first administrator. */
  async create(viewer: Viewer, input: CreateOrganizationInput): Promise<Organization> {
    // Anyone may register an enterprise or institute; a bureau account would grant bureau powers.
    if (input.kind === OrganizationKind.BUREAU && !viewer.isBureau) throw OrganizationError.bureauOnly();
    const creditCode = normalizeCreditCode(input.creditCode);
    if (await this.em.count(Organization, { creditCode })) throw OrganizationError.creditCodeTaken();

    const organization = this.em.create(Organization, {
      kind: input.kind,
      name: input.name.trim(),
      creditCode,
      regionCode: input.regionCode,
      tags: cleanLabels(input.tags),
      description: input.description.trim(),
    });
    this.em.create(Membership, { organization, user: viewer.id, role: MembershipRole.ADMIN });
    try {
      await this.em.flush(); // one transaction: organization and membership together or neither
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw OrganizationError.creditCodeTaken();
      throw error;
    }
    return organization;
  }

  private async loadForChange(viewer: Viewer, organizationId: string): Promise<Organization> {
    const organization = await this.em.findOne(Organization, { id: organizationId });
    if (!organization) throw CommonError.notFound('Organization', organizationId);
    if (!viewer.isAdminOf(organizationId) && !viewer.isBureau) throw OrganizationError.notAdmin();
    return organization;
  }

  /** Changes name, region, tags or description; administrators of the organization and the bureau only. */
  async update(viewer: Viewer, organizationId: string, input: UpdateOrganizationInput): Promise<Organization> {
    const organization = await this.loadForChange(viewer, organizationId);
    if (input.name != null) organization.name = input.name.trim();
    if (input.regionCode != null) organization.regionCode = input.regionCode;
    if (input.tags != null) organization.tags = cleanLabels(input.tags);
    if (input.description != null) organization.description = input.description.trim();
    await this.em.flush();
    return organization;
  }

  /** Adds an existing account to the organization. */
  async addMember(viewer: Viewer, input: AddMemberInput): Promise<Membership> {
    const organization = await this.loadForChange(viewer, input.organizationId);
    const email = normalizeEmail(input.email);
    const user = await this.em.findOne(User, { email });
    if (!user) {
      throw new OrganizationError(
        CommonError.notFound('User', email).code,
        'USER_NOT_FOUND',
        `No account is registered with ${email}. Ask them to register first.`,
        { fields: [{ field: 'email', message: 'is not registered' }] },
      );
    }
    if (await this.em.count(Membership, { organization, user })) throw OrganizationError.alreadyMember(email);
    const membership = this.em.create(Membership, { organization, user, role: input.role });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw OrganizationError.alreadyMember(email);
      throw error;
    }
    return membership;
  }

  /** Removes a member, or lets a member leave; never removes the last administrator. */
  async removeMember(viewer: Viewer, organizationId: string, userId: string): Promise<Organization> {
    const leaving = userId === viewer.id;
    const organization = leaving
      ? await this.em.findOne(Organization, { id: organizationId })
      : await this.loadForChange(viewer, organizationId);
    if (!organization) throw CommonError.notFound('Organization', organizationId);

    return this.em.transactional(async (em) => {
      // Lock the organization's memberships so two admins cannot remove each other at the same time.
      const memberships = await em.find(Membership, { organization }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const membership = memberships.find((m) => m.user.id === userId);
      if (!membership) throw OrganizationError.notAMember(userId);
      const admins = memberships.filter((m) => m.role === MembershipRole.ADMIN);
      if (membership.role === MembershipRole.ADMIN && admins.length === 1) throw OrganizationError.lastAdmin();
      em.remove(membership);
      return organization;
    });
  }

  async findById(id: string): Promise<Organization | null> {
    return this.em.findOne(Organization, { id });
  }

  /** Organizations oldest first, filtered; organizations are public profiles, visible to everyone. */
  async list(filter: OrganizationFilter, first: number, after?: string | null): Promise<ConnectionShape<Organization>> {
    const where: FilterQuery<Organization> = {};
    if (filter.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter.regionCode) {
      where.regionCode = regionCondition(filter.regionCode);
    }
    if (filter.text?.trim()) {
      const pattern = containsPattern(filter.text);
      where.$or = [{ name: { $ilike: pattern } }, { creditCode: { $ilike: pattern } }];
    }
    const [rows, totalCount] = await Promise.all([
      this.em.find(
        Organization,
        { $and: [where, afterCursorCondition(after)] },
        { orderBy: { createdAt: 'asc', id: 'asc' }, limit: first + 1 },
      ),
      this.em.count(Organization, where),
    ]);
    return toConnection(rows, first, totalCount);
  }
}

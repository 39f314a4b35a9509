import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, MembershipRole } from '../organization/membership.entity';
import { OrganizationKind } from '../organization/organization.entity';
import { User } from '../user/user.entity';

export interface ViewerMembership {
  organizationId: string;
  organizationKind: OrganizationKind;
  role: MembershipRole;
}

/** The signed-in user of one request, with what authorization decisions need, loaded once per request. */
export class Viewer {
  constructor(
    public readonly user: User,
    public readonly memberships: ViewerMembership[],
  ) {}

  get id(): string {
    return this.user.id;
  }

  /** Staff of the science bureau (科技局): reviews, registers and watches targets. */
  get isBureau(): boolean {
    return this.memberships.some((m) => m.organizationKind === OrganizationKind.BUREAU);
  }

  isMemberOf(organizationId: string): boolean {
    return this.memberships.some((m) => m.organizationId === organizationId);
  }

  isAdminOf(organizationId: string): boolean {
    return this.memberships.some((m) => m.organizationId === organizationId && m.role === MembershipRole.ADMIN);
  }

  static async load(em: EntityManager, userId: string): Promise<Viewer | null> {
    // Both at once: this runs at the start of every signed-in request, and a deleted user has no memberships anyway.
    const [user, memberships] = await Promise.all([
      em.findOne(User, { id: userId }),
      em.find(Membership, { user: userId }, { populate: ['organization'] }),
    ]);
    if (!user) return null;
    return new Viewer(
      user,
      memberships.map((m) => ({ organizationId: m.organization.id, organizationKind: m.organization.kind, role: m.role })),
    );
  }
}

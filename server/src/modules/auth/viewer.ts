import type { EntityManager } from '@mikro-orm/postgresql';
import { MembershipRole } from '../organization/membership.entity';
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
    // The memberships in plain SQL: three columns are all a Viewer keeps, and entities for them and their
    // organizations cost more CPU than the query itself on every request.
    const [user, memberships] = await Promise.all([
      em.findOne(User, { id: userId }),
      em.getConnection().execute<ViewerMembership[]>(
        `select m.organization_id as "organizationId", o.kind as "organizationKind", m.role
           from membership m join organization o on o.id = m.organization_id
          where m.user_id = ? order by m.created_at, m.id`,
        [userId],
        'all',
        em.getTransactionContext(),
      ),
    ]);
    if (!user) return null;
    return new Viewer(user, memberships);
  }
}

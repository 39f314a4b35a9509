import { Entity, Enum, Index, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { User } from '../user/user.entity';
import { Organization } from './organization.entity';

export enum MembershipRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: 'ADMIN manages the organization and its members; MEMBER acts on its behalf.',
});

@ObjectType({ description: "A user's place in an organization." })
@Entity()
@Unique({ properties: ['organization', 'user'] })
export class Membership extends BaseEntity {
  // `organization` and `user` are resolved through loaders (see organization.resolver.ts), not exposed directly.
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Rel<Organization>;

  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Field(() => MembershipRole)
  @Enum({ items: () => MembershipRole, nativeEnumName: 'membership_role' })
  role!: MembershipRole;
}

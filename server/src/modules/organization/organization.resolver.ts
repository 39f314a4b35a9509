import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { CommonError } from '../../errors';
import { Connection, PageArgs } from '../../graphql/connection';
import { User } from '../user/user.entity';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import { AddMemberInput, CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from './organization.inputs';
import { CITY_REGIONS, regionName } from './regions';

@ObjectType()
export class OrganizationConnection extends Connection(Organization) {}

@ObjectType({ description: 'A GB/T 2260 administrative division of the city.' })
export class RegionInfo {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true })
  async organization(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Organization | null> {
    return loaders.organizationById.load(id);
  }

  @Query(() => OrganizationConnection, { description: 'Public organization profiles, oldest first.' })
  async organizations(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Ctx() { services }: Context,
  ): Promise<OrganizationConnection> {
    return services.organizations.list(filter ?? {}, first, after);
  }

  @Query(() => [RegionInfo], { description: 'The districts of the city, for pickers.' })
  regions(): RegionInfo[] {
    return CITY_REGIONS;
  }

  @Authorized()
  @Mutation(() => Organization, { description: 'Registers an organization; you become its administrator.' })
  async createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() { services, viewer }: Context) {
    return services.organizations.create(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Organization)
  async updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateOrganizationInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.organizations.update(viewer!, id, input);
  }

  @Authorized()
  @Mutation(() => Membership, { description: 'Adds a registered user to an organization you administer.' })
  async addMember(@Arg('input') input: AddMemberInput, @Ctx() { services, viewer }: Context) {
    return services.organizations.addMember(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Organization, { description: 'Removes a member; members may remove themselves (leave).' })
  async removeMember(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.organizations.removeMember(viewer!, organizationId, userId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the region when it is a district of the city.' })
  regionName(@Root() organization: Organization): string | null {
    return regionName(organization.regionCode);
  }

  @FieldResolver(() => [Membership], { description: 'Members with their roles; visible to signed-in users.' })
  async members(@Root() organization: Organization, @Ctx() { viewer, loaders }: Context): Promise<Membership[]> {
    if (!viewer) throw CommonError.unauthenticated('Sign in to see who works at an organization.');
    return loaders.membershipsByOrganization.load(organization.id);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.organizationById.load(membership.organization.id))!;
  }

  @FieldResolver(() => User)
  async user(@Root() membership: Membership, @Ctx() { loaders }: Context): Promise<User> {
    return (await loaders.userById.load(membership.user.id))!;
  }
}

import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../graphql/connection';
import { TechField } from '../field/tech-field.entity';
import { Organization } from '../organization/organization.entity';
import { Capability } from './capability.entity';
import { CapabilityFilter, CreateCapabilityInput, UpdateCapabilityInput } from './capability.inputs';

@ObjectType()
export class CapabilityConnection extends Connection(Capability) {}

@Resolver(() => Capability)
export class CapabilityResolver {
  @Query(() => Capability, { nullable: true, description: 'A capability, or null when it does not exist or is not visible to you.' })
  async capability(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context): Promise<Capability | null> {
    return services.capabilities.findVisible(viewer, id);
  }

  @Query(() => CapabilityConnection, { description: 'Capabilities visible to you, oldest first.' })
  async capabilities(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => CapabilityFilter, { nullable: true }) filter: CapabilityFilter | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<CapabilityConnection> {
    return services.capabilities.list(viewer, filter ?? {}, first, after);
  }

  @Authorized()
  @Query(() => CapabilityConnection, { description: "All capabilities of your organizations, whatever their visibility, oldest first." })
  async myCapabilities(@Args() { first, after }: PageArgs, @Ctx() { services, viewer }: Context): Promise<CapabilityConnection> {
    return services.capabilities.listMine(viewer!, first, after);
  }

  @Authorized()
  @Mutation(() => Capability, { description: 'Publishes a capability of your institute or university.' })
  async createCapability(@Arg('input') input: CreateCapabilityInput, @Ctx() { services, viewer }: Context): Promise<Capability> {
    return services.capabilities.create(viewer!, input);
  }

  @Authorized()
  @Mutation(() => Capability, { description: 'Changes the fields given; members of the publishing organization and the bureau.' })
  async updateCapability(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateCapabilityInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<Capability> {
    return services.capabilities.update(viewer!, id, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes a capability and returns its id; members of the publishing organization and the bureau.' })
  async deleteCapability(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context): Promise<string> {
    return services.capabilities.delete(viewer!, id);
  }

  @FieldResolver(() => Organization, { description: 'The institute or university that offers it.' })
  async organization(@Root() capability: Capability, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.organizationById.load(capability.organization.id))!;
  }

  @FieldResolver(() => String, { description: "The organization's GB/T 2260 region code." })
  async regionCode(@Root() capability: Capability, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.organizationById.load(capability.organization.id))!.regionCode;
  }

  @FieldResolver(() => [TechField], { description: 'The technology fields of fieldCodes, in the same order.' })
  async fields(@Root() capability: Capability, @Ctx() { loaders }: Context): Promise<TechField[]> {
    const fields = await loaders.techFieldByCode.loadMany(capability.fieldCodes);
    return fields.filter((field): field is TechField => field instanceof TechField);
  }
}

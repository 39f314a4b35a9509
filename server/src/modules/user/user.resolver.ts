import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import type { Session } from '../auth/auth.service';
import { Viewer } from '../auth/viewer';
import { Role } from '../../graphql/auth-checker';
import { Membership } from '../organization/membership.entity';
import { User } from './user.entity';
import { LoginInput, PersonalRole, RegisterInput } from './user.inputs';

@ObjectType({ description: 'A signed-in session: send the token as `Authorization: Bearer <token>`.' })
export class AuthPayload {
  @Field()
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

/** The rest of a register/login response is resolved as the user who just signed in (e.g. their email). */
async function signedIn(context: Context, session: Session): Promise<Session> {
  context.viewer = await Viewer.load(context.em, session.user.id);
  return session;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when not signed in.' })
  viewer(@Ctx() { viewer }: Context): User | null {
    return viewer?.user ?? null;
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  async register(@Arg('input') input: RegisterInput, @Ctx() context: Context): Promise<AuthPayload> {
    return signedIn(context, await context.services.auth.register(input));
  }

  @Mutation(() => AuthPayload, {
    description: 'Signs in. Repeated failures lock the account or address for a while (TOO_MANY_ATTEMPTS).',
  })
  async login(@Arg('input') input: LoginInput, @Ctx() context: Context): Promise<AuthPayload> {
    return signedIn(context, await context.services.auth.login(input, context.clientIp));
  }

  @Authorized(Role.BUREAU)
  @Mutation(() => User, { description: 'Grants or revokes a personal role (expert reviewer, broker). Bureau only.' })
  async setPersonalRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => PersonalRole) role: PersonalRole,
    @Arg('granted') granted: boolean,
    @Ctx() { services }: Context,
  ): Promise<User> {
    return services.users.setPersonalRole(userId, role, granted);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Visible to the user, people sharing an organization with them, and the bureau; null otherwise.',
  })
  async email(@Root() user: User, @Ctx() { viewer, loaders }: Context): Promise<string | null> {
    if (!viewer) return null;
    if (viewer.id === user.id || viewer.isBureau) return user.email;
    const memberships = await loaders.membershipsByUser.load(user.id);
    return memberships.some((m) => viewer.isMemberOf(m.organization.id)) ? user.email : null;
  }

  @FieldResolver(() => [Membership], { description: 'Organizations the user belongs to.' })
  async memberships(@Root() user: User, @Ctx() { loaders }: Context): Promise<Membership[]> {
    return loaders.membershipsByUser.load(user.id);
  }
}

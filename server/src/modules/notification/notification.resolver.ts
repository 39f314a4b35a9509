import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Connection, PageArgs } from '../../graphql/connection';
import { canSeeChallenge } from '../challenge/challenge-access';
import { challengeRelation } from '../challenge/challenge-relation';
import { Challenge } from '../challenge/challenge.entity';
import { Notification } from './notification.entity';

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'Your inbox, newest first.' })
  async notifications(
    @Args() { first, after }: PageArgs,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Ctx() { services, viewer }: Context,
  ): Promise<NotificationConnection> {
    await services.applyDeadlines();
    return services.notifications.inbox(viewer!.id, unreadOnly, first, after);
  }

  @Authorized()
  @Query(() => Int)
  async unreadNotificationCount(@Ctx() { services, viewer }: Context): Promise<number> {
    await services.applyDeadlines();
    return services.notifications.unreadCount(viewer!.id);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks the given messages (all when ids is omitted) as read; returns how many changed.' })
  async markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @Ctx() { services, viewer }: Context) {
    return services.notifications.markRead(viewer!.id, ids);
  }

  @FieldResolver(() => Challenge, { nullable: true, description: 'What the message is about, if you may still see it.' })
  async challenge(@Root() notification: Notification, @Ctx() context: Context): Promise<Challenge | null> {
    if (!notification.challengeId) return null;
    const challenge = await context.loaders.challengeById.load(notification.challengeId);
    return challenge && canSeeChallenge(challenge, await challengeRelation(context, challenge)) ? challenge : null;
  }

  @FieldResolver(() => Boolean)
  read(@Root() notification: Notification): boolean {
    return notification.readAt != null;
  }
}

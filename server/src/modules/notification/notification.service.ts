import type { EntityManager } from '@mikro-orm/postgresql';
import { SQL_NOW_MS } from '../../db/sql';
import { afterCursorCondition, toConnection, type ConnectionShape } from '../../graphql/connection';
import { Notification, NotificationKind } from './notification.entity';

export interface NotificationMessage {
  kind: NotificationKind;
  title: string;
  body: string;
  challengeId?: string | null;
  bidId?: string | null;
  contractId?: string | null;
}

/**
 * Writes a message to every member of the given organizations, in the caller's transaction (so a message
 * exists exactly when the change it reports was committed). One INSERT whatever the number of members.
 */
export async function notifyOrganizations(em: EntityManager, organizationIds: string[], message: NotificationMessage): Promise<void> {
  if (!organizationIds.length) return;
  await em.getConnection().execute(
    `insert into notification (id, recipient_id, kind, title, body, challenge_id, bid_id, contract_id, created_at, updated_at)
     select distinct on (m.user_id) gen_random_uuid(), m.user_id, ?, ?, ?, ?::uuid, ?::uuid, ?::uuid, ${SQL_NOW_MS}, ${SQL_NOW_MS}
       from membership m where m.organization_id in (${organizationIds.map(() => '?').join(', ')})`,
    [message.kind, message.title, message.body, message.challengeId ?? null, message.bidId ?? null, message.contractId ?? null, ...organizationIds],
    'run',
    em.getTransactionContext(),
  );
}

/** Writes a message to each given user, in the caller's transaction. */
export async function notifyUsers(em: EntityManager, userIds: string[], message: NotificationMessage): Promise<void> {
  for (const userId of new Set(userIds)) {
    em.create(Notification, {
      recipient: userId,
      kind: message.kind,
      title: message.title,
      body: message.body,
      challengeId: message.challengeId ?? null,
      bidId: message.bidId ?? null,
      contractId: message.contractId ?? null,
    });
  }
  await em.flush();
}

/** The signed-in user's inbox. */
export class NotificationService {
  constructor(private readonly em: EntityManager) {}

  /** Newest first. */
  async inbox(userId: string, unreadOnly: boolean, first: number, after?: string | null): Promise<ConnectionShape<Notification>> {
    const where = { recipient: userId, ...(unreadOnly ? { readAt: null } : {}) };
    const [rows, totalCount] = await Promise.all([
      this.em.find(
        Notification,
        { $and: [where, afterCursorCondition(after, 'desc')] },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
      ),
      this.em.count(Notification, where),
    ]);
    return toConnection(rows, first, totalCount);
  }

  async unreadCount(userId: string): Promise<number> {
    return this.em.count(Notification, { recipient: userId, readAt: null });
  }

  /** Marks the given messages (or all, when ids is null) read; others' messages are ignored. Returns how many changed. */
  async markRead(userId: string, ids: string[] | null): Promise<number> {
    return this.em.nativeUpdate(
      Notification,
      { recipient: userId, readAt: null, ...(ids ? { id: { $in: ids } } : {}) },
      { readAt: new Date() },
    );
  }
}

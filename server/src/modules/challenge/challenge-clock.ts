import type { EntityManager } from '@mikro-orm/postgresql';
import { SQL_NOW_MS } from '../../db/sql';
import { enqueueFromCte } from '../../search/sql-outbox';
import { NotificationKind } from '../notification/notification.entity';
import { notifyOrganizations, notifyUsers } from '../notification/notification.service';

const REMINDER_HOURS = 72;

/**
 * Closes bidding on every published challenge whose deadline has passed, whether or not anybody calls
 * anything: run by the scheduler and at the start of every request that reads or writes challenges or bids.
 * Safe under concurrency: the UPDATE's WHERE is re-checked under the row lock, so each challenge closes once.
 * Returns the ids closed now.
 */
export async function closeExpiredChallenges(em: EntityManager): Promise<string[]> {
  // Nearly always nothing is due: one indexed read (status, deadline) instead of a write transaction per request.
  const [{ due }] = await em.getConnection().execute(
    `select exists (select 1 from challenge where status = 'PUBLISHED' and deadline <= now()) as due`,
    [],
    'all',
    em.getTransactionContext(),
  );
  if (!due) return [];
  return em.transactional(async (tx) => {
    const closed: Array<{ id: string; owner_organization_id: string; title: string; bids: number }> = await tx.getConnection().execute(
      `with closed as (
         update challenge set status = 'EVALUATING', bidding_closed_at = deadline, updated_at = ${SQL_NOW_MS}
          where status = 'PUBLISHED' and deadline <= now()
          returning id, owner_organization_id, title
       ), reindex as (
         ${enqueueFromCte('challenge', 'closed')}
       ), history as (
         insert into challenge_transition (id, challenge_id, actor_id, from_status, to_status, reason, created_at, updated_at)
         select gen_random_uuid(), id, null, 'PUBLISHED', 'EVALUATING', '揭榜截止：bidding closed at the deadline', ${SQL_NOW_MS}, ${SQL_NOW_MS}
           from closed
       )
       select c.id, c.owner_organization_id, c.title,
              (select count(*)::int from bid b where b.challenge_id = c.id and b.status = 'SUBMITTED') as bids
         from closed c`,
      [],
      'all',
      tx.getTransactionContext(),
    );
    for (const challenge of closed) {
      await notifyOrganizations(tx, [challenge.owner_organization_id], {
        kind: NotificationKind.BIDS_RECEIVED,
        title: `揭榜截止：${challenge.title}`,
        body: challenge.bids
          ? `Bidding closed with ${challenge.bids} proposal(s); you can now read them and follow the expert review.`
          : 'Bidding closed without any proposal. You may declare no winner (流标) or cancel the challenge.',
        challengeId: challenge.id,
      });
      const experts: Array<{ expert_id: string }> = await tx.getConnection().execute(
        `select expert_id from expert_assignment where challenge_id = ?`,
        [challenge.id],
        'all',
        tx.getTransactionContext(),
      );
      await notifyUsers(tx, experts.map((e) => e.expert_id), {
        kind: NotificationKind.REVIEW_ASSIGNED,
        title: `评审开始：${challenge.title}`,
        body: `Bidding closed with ${challenge.bids} proposal(s); please score them.`,
        challengeId: challenge.id,
      });
    }
    return closed.map((c) => c.id);
  });
}

/**
 * Reminds the owner and the organizations that bid or accepted the NDA when a deadline is less than three
 * days away; once per challenge (deadline_reminder_sent_at), even with several server instances.
 */
export async function sendDeadlineReminders(em: EntityManager): Promise<number> {
  return em.transactional(async (tx) => {
    const due: Array<{ id: string; title: string; deadline: Date; organization_ids: string[] }> = await tx.getConnection().execute(
      `with due as (
         update challenge set deadline_reminder_sent_at = now()
          where status = 'PUBLISHED' and deadline_reminder_sent_at is null
            and deadline > now() and deadline <= now() + make_interval(hours => ?)
          returning id, title, deadline, owner_organization_id
       )
       select d.id, d.title, d.deadline,
              array(select d.owner_organization_id
                    union select b.organization_id from bid b where b.challenge_id = d.id and b.status = 'SUBMITTED'
                    union select n.organization_id from nda_acceptance n where n.challenge_id = d.id) as organization_ids
         from due d`,
      [REMINDER_HOURS],
      'all',
      tx.getTransactionContext(),
    );
    for (const challenge of due) {
      await notifyOrganizations(tx, challenge.organization_ids, {
        kind: NotificationKind.DEADLINE_APPROACHING,
        title: `即将截止：${challenge.title}`,
        body: `Bidding closes at ${new Date(challenge.deadline).toISOString()}.`,
        challengeId: challenge.id,
      });
    }
    return due.length;
  });
}

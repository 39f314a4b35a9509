import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { closeExpiredChallenges, sendDeadlineReminders } from './challenge-clock';

/**
 * Closes bidding at deadlines and sends deadline reminders every `intervalMs`, so notifications go out even
 * when nobody is using the platform. Each run is safe to overlap with other instances' runs (see the clock).
 */
export function startChallengeScheduler(orm: MikroORM, logger: Logger, intervalMs = 30_000): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return; // a slow run is never stacked on itself
    running = (async () => {
      try {
        const em = orm.em.fork();
        const closed = await closeExpiredChallenges(em);
        const reminded = await sendDeadlineReminders(em);
        if (closed.length || reminded) logger.info({ closed: closed.length, reminded }, 'challenge deadlines applied');
      } catch (error) {
        logger.error({ err: error }, 'challenge scheduler run failed; retrying at the next tick');
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

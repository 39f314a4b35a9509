import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';

interface ThrottleKey {
  key: string;
  maxFailures: number;
}

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL and locks a key for
 * `lockSeconds` once it reaches its limit. The per-address limit is higher because many people can share
 * one address (an institute behind NAT).
 */
export class LoginThrottleService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: Config['login'],
  ) {}

  private keys(email: string, clientIp: string): ThrottleKey[] {
    return [
      { key: `email:${email}`, maxFailures: this.settings.maxFailuresPerAccount },
      { key: `ip:${clientIp}`, maxFailures: this.settings.maxFailuresPerAddress },
    ];
  }

  /** Seconds until the longest current lock on this account or address ends, or 0 when not locked. */
  async lockedForSeconds(email: string, clientIp: string): Promise<number> {
    const rows: Array<{ seconds: string | number }> = await this.em.getConnection().execute(
      `select ceil(extract(epoch from max(locked_until) - now())) as seconds
         from login_throttle where key in (?, ?) and locked_until > now()`,
      this.keys(email, clientIp).map((k) => k.key),
    );
    return Number(rows[0]?.seconds ?? 0) || 0;
  }

  /** Records one failure for the account and the address, atomically even under concurrent attempts. */
  async recordFailure(email: string, clientIp: string): Promise<void> {
    const lock = this.settings.lockSeconds;
    for (const { key, maxFailures } of this.keys(email, clientIp)) {
      // A window that is over, or a lock that has expired, starts counting afresh.
      await this.em.getConnection().execute(
        `insert into login_throttle as t (key, failures, window_started_at, locked_until)
           values (?, 1, now(), case when 1 >= ? then now() + make_interval(secs => ?) end)
         on conflict (key) do update set
           failures = case when t.window_started_at < now() - make_interval(secs => ?) or t.locked_until <= now()
                           then 1 else t.failures + 1 end,
           window_started_at = case when t.window_started_at < now() - make_interval(secs => ?) or t.locked_until <= now()
                                    then now() else t.window_started_at end,
           locked_until = case when (case when t.window_started_at < now() - make_interval(secs => ?) or t.locked_until <= now()
                                          then 1 else t.failures + 1 end) >= ?
                               then now() + make_interval(secs => ?) end`,
        [key, maxFailures, lock, lock, lock, lock, maxFailures, lock],
      );
    }
  }

  /** A successful sign-in clears the account's count (not the address's: others may be guessing from it). */
  async recordSuccess(email: string): Promise<void> {
    await this.em.getConnection().execute(`delete from login_throttle where key = ?`, [`email:${email}`]);
  }
}

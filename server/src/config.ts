import { z } from 'zod';
import path from 'node:path';

/**
 * The whole runtime configuration, read from the environment once at start-up.
 * Development defaults are marked as such; production refuses to start without real values.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce.number({ message: 'must be a number' }).int('must be an integer').min(0).max(65535);
const positiveInt = z.coerce.number({ message: 'must be a number' }).int('must be an integer').positive('must be positive');

const urlWithProtocol = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Where embedded services and generated development secrets keep their files. */
    DATA_DIR: z.string().min(1).default('./.data'),

    DATABASE_URL: urlWithProtocol(['postgres:', 'postgresql:']).optional(),
    EMBEDDED_PG_PORT: port.optional(),
    MEILI_URL: urlWithProtocol(['http:', 'https:']).optional(),
    MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    EMBEDDED_MEILI_PORT: port.optional(),
    /** Lets several deployments (or test files) share one Meilisearch without touching each other's indexes. */
    MEILI_INDEX_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]*$/, 'may contain only letters, digits, - and _').default('jiebang_'),

    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_TTL_SECONDS: positiveInt.default(12 * 3600),

    SEED_DEMO_DATA: booleanFlag.optional(),
    GRAPHQL_INTROSPECTION: booleanFlag.optional(),
    GRAPHQL_SANDBOX: booleanFlag.optional(),
    TRUST_PROXY: booleanFlag.default(false),

    MAX_QUERY_DEPTH: positiveInt.default(12),
    MAX_QUERY_COMPLEXITY: positiveInt.default(20000),
    MAX_QUERY_ALIASES: positiveInt.default(30),
    MAX_BODY_BYTES: positiveInt.default(1_000_000),

    LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt.default(5),
    LOGIN_MAX_FAILURES_PER_ADDRESS: positiveInt.default(50),
    LOGIN_LOCK_SECONDS: positiveInt.default(15 * 60),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    // No fallback secrets or embedded services in production: each must be configured explicitly.
    for (const name of ['JWT_SECRET', 'DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY'] as const) {
      if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when NODE_ENV=production' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  database: { url?: string; embeddedPort?: number };
  meili: { url?: string; masterKey?: string; embeddedPort?: number; indexPrefix: string };
  /** Undefined in development until a secret is generated under dataDir (see secrets.ts). */
  jwt: { secret?: string; ttlSeconds: number };
  seedDemoData: boolean;
  graphql: {
    introspection: boolean;
    sandbox: boolean;
    maxDepth: number;
    maxComplexity: number;
    maxAliases: number;
    maxBodyBytes: number;
  };
  trustProxy: boolean;
  login: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; lockSeconds: number };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment and builds the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (FOO=) means "not set", as people expect from .env files.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`));
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    dataDir: path.resolve(env.DATA_DIR),
    database: { url: env.DATABASE_URL, embeddedPort: env.EMBEDDED_PG_PORT },
    meili: {
      url: env.MEILI_URL,
      masterKey: env.MEILI_MASTER_KEY,
      embeddedPort: env.EMBEDDED_MEILI_PORT,
      indexPrefix: env.MEILI_INDEX_PREFIX,
    },
    jwt: { secret: env.JWT_SECRET, ttlSeconds: env.JWT_TTL_SECONDS },
    seedDemoData: env.SEED_DEMO_DATA ?? env.NODE_ENV === 'development',
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? !isProduction,
      sandbox: env.GRAPHQL_SANDBOX ?? !isProduction,
      maxDepth: env.MAX_QUERY_DEPTH,
      maxComplexity: env.MAX_QUERY_COMPLEXITY,
      maxAliases: env.MAX_QUERY_ALIASES,
      maxBodyBytes: env.MAX_BODY_BYTES,
    },
    trustProxy: env.TRUST_PROXY,
    login: {
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      lockSeconds: env.LOGIN_LOCK_SECONDS,
    },
  };
}

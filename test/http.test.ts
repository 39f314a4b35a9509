import { createFormatError } from '../server/src/errors';
import { createLogger } from '../server/src/logger';
import { startTestPlatform, type TestPlatform } from './support/harness';

describe('HTTP endpoints and operations', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ seed: false });
  });
  afterAll(() => platform.close());

  it('answers /healthz and /readyz with the state of PostgreSQL, migrations and Meilisearch', async () => {
    expect(await (await fetch(`${platform.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${platform.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { postgres: 'ok', migrations: 'ok', meilisearch: 'ok', searchIndexes: 'ok' } });
  });

  it('tags every response with a request id, keeping a sane one sent by the client', async () => {
    const generated = await fetch(`${platform.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await fetch(`${platform.url}/healthz`, { headers: { 'x-request-id': 'lb-1234' } });
    expect(echoed.headers.get('x-request-id')).toBe('lb-1234');
    const refused = await fetch(`${platform.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(refused.headers.get('x-request-id')).not.toBe('bad id with spaces');
  });

  it('exports Prometheus metrics per operation and errors per code', async () => {
    await platform.gql(`query RegionsForPicker { regions { code } }`);
    await platform.gql(`mutation SignIn { login(input: { email: "nobody@example.com", password: "whatever-1" }) { token } }`);
    const metrics = await (await fetch(`${platform.url}/metrics`)).text();
    expect(metrics).toMatch(/jiebang_graphql_requests_total\{operation="RegionsForPicker",type="query"\} 1/);
    expect(metrics).toMatch(/jiebang_graphql_request_duration_seconds_bucket\{le="[^"]+",operation="SignIn",type="mutation"\}/);
    expect(metrics).toMatch(/jiebang_graphql_errors_total\{code="UNAUTHENTICATED"\} 1/);
    expect(metrics).toMatch(/process_cpu_user_seconds_total/);
  });

  it('answers a missing or broken readiness dependency with 503', async () => {
    const original = platform.search.isHealthy;
    platform.search.isHealthy = async () => false;
    try {
      const ready = await fetch(`${platform.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as any).checks.meilisearch).toBe('unreachable');
    } finally {
      platform.search.isHealthy = original;
    }
  });
});

describe('error formatting', () => {
  const logged: unknown[] = [];
  const logger = createLogger('error');
  logger.error = ((obj: unknown) => void logged.push(obj)) as typeof logger.error;
  const formatError = createFormatError(logger);

  it('logs an unexpected error and shows the client no stack, SQL or internal message', () => {
    const internal = new Error('insert into "app_user" ("email") values ($1) - duplicate key value violates constraint');
    const formatted = formatError(
      { message: internal.message, path: ['register'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      internal,
    );
    expect(formatted).toEqual({
      message: 'Internal server error. The problem was logged; please try again later.',
      path: ['register'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toMatch(/insert|app_user|stack/);
    expect(logged).toHaveLength(1);
  });
});

import { ConfigError, loadConfig } from '../server/src/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has development defaults for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 4000, seedDemoData: true });
    expect(config.graphql).toMatchObject({ introspection: true, sandbox: true });
    expect(config.database.url).toBeUndefined();
  });

  it('names every missing variable in production and has no fallback secret', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    for (const name of ['JWT_SECRET', 'DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY']) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true);
    }
  });

  it('turns introspection, the sandbox and demo data off in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      DATABASE_URL: 'postgres://u:p@db:5432/jiebang',
      MEILI_URL: 'http://meili:7700',
      MEILI_MASTER_KEY: 'k'.repeat(32),
    });
    expect(config.graphql).toMatchObject({ introspection: false, sandbox: false });
    expect(config.seedDemoData).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ MEILI_URL: 'localhost:7700' }, 'MEILI_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ GRAPHQL_SANDBOX: 'maybe' }, 'GRAPHQL_SANDBOX'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ MEILI_INDEX_PREFIX: 'bad prefix!' }, 'MEILI_INDEX_PREFIX'],
  ])('refuses %j, naming %s', (env, name) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(name)).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 4000, database: { url: undefined } });
  });
});

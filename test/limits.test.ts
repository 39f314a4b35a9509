import { startTestPlatform, type TestPlatform } from './support/harness';

async function post(platform: TestPlatform, body: string | Buffer, contentType = 'application/json') {
  const response = await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) };
}

describe('abuse limits', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ env: { MAX_QUERY_DEPTH: '12', MAX_QUERY_ALIASES: '30', MAX_BODY_BYTES: '100000' } });
  });
  afterAll(() => platform.close());

  async function stillHealthy() {
    const result = await platform.gql(`{ regions { code } }`);
    expect(result.data.regions.length).toBeGreaterThan(5);
  }

  it('refuses a query nested 20 levels deep with QUERY_TOO_COMPLEX', async () => {
    // viewer > memberships > organization > members > user > memberships > ... (valid, only too deep)
    let selection = 'id';
    for (let i = 0; i < 5; i++) selection = `memberships { organization { members { user { ${selection} } } } }`;
    const result = await platform.gql(`{ viewer { ${selection} } }`);
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', queryLimit: 'DEPTH', max: 12 });
    expect(result.errors![0].message).toMatch(/nested too deeply/);
    await stillHealthy();
  });

  it('follows fragments when measuring depth', async () => {
    const fragments = Array.from({ length: 8 }, (_, i) =>
      `fragment F${i} on User { memberships { organization { members { user { ${i < 7 ? `...F${i + 1}` : 'id'} } } } } }`,
    ).join('\n');
    const result = await platform.gql(`{ viewer { ...F0 } }\n${fragments}`);
    expect(result.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses 1,000 aliases with QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: regions { code }`).join(' ');
    const result = await platform.gql(`{ ${aliases} }`);
    expect(result.status).toBe(400);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', queryLimit: 'ALIASES' });
    await stillHealthy();
  });

  it('refuses an over-expensive query by its estimated cost', async () => {
    const result = await platform.gql(`{ a: organizations(first: 100) { edges { node { members { user { memberships { organization { name } } } } } } } }`);
    expect(result.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', queryLimit: 'COMPLEXITY' });
    expect(result.data).toBeUndefined();
  });

  it('refuses a 10 MB body with PAYLOAD_TOO_LARGE without reading it all into GraphQL', async () => {
    const huge = JSON.stringify({ query: `{ regions { code } }`, variables: { padding: 'x'.repeat(10 * 1024 * 1024) } });
    const result = await post(platform, huge);
    expect(result.status).toBe(413);
    expect(result.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await stillHealthy();
  });

  it('refuses batched operations with BATCHING_NOT_ALLOWED', async () => {
    const result = await post(platform, JSON.stringify([{ query: '{ regions { code } }' }, { query: '{ viewer { id } }' }]));
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('BATCHING_NOT_ALLOWED');
  });

  it('answers malformed JSON with a clear error', async () => {
    const result = await post(platform, '{"query": ');
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

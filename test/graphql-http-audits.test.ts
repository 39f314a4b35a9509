import { serverAudits } from 'graphql-http';
import { startTestPlatform, type TestPlatform } from './support/harness';

/** The GraphQL-over-HTTP spec's audit suite, run against the real HTTP server. */
describe('GraphQL over HTTP compliance (graphql-http serverAudits)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ seed: false });
  });
  afterAll(() => platform.close());

  it('passes every audit: no audit reports an error', async () => {
    const audits = serverAudits({ url: () => `${platform.url}/graphql`, fetchFn: fetch });
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});

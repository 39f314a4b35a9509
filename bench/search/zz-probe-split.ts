import '../support/production-runtime';
import 'reflect-metadata';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { loadDemoDataIfEmpty } from '../../seeds/demo.seeder';
import { reindexAll } from '../../server/src/search/reindex';
import { startBenchEnvironment } from '../support/environment';
import { DEMO_PASSWORD } from '../../seeds/demo-data';

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
function gql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const pct = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.ceil((p / 100) * v.length) - 1];

async function main() {
  const env = await startBenchEnvironment();
  try {
    await loadDemoDataIfEmpty(env.orm);
    await reindexAll(env.orm, env.search);
    const login = await gql(env.url, `mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email: 'enterprise@jiebang.demo', password: DEMO_PASSWORD } });
    const token = login.data.login.token;
    const ids: string[] = (await env.orm.em.getConnection().execute(`select id from challenge where status = 'PUBLISHED' and confidentiality = 'PUBLIC'`)).map((r: any) => r.id);
    const queries: Record<string, [string, (id: string) => Record<string, unknown>]> = {
      'anonymous { __typename }': ['{ __typename }', () => ({})],
      'viewer { id }': ['{ viewer { id } }', () => ({})],
      'challenge { id title }': ['query($id: ID!) { challenge(id: $id) { id title } }', (id) => ({ id })],
      'match: matches { rank }': ['query($challengeId: ID!) { matchCapabilities(challengeId: $challengeId, first: 10) { matches { rank } } }', (challengeId) => ({ challengeId })],
      'match: + capability fields': ['query($challengeId: ID!) { matchCapabilities(challengeId: $challengeId, first: 10) { matches { rank capability { id title summary keywords organization { name } } } } }', (challengeId) => ({ challengeId })],
      'match: bench query': [`query($challengeId: ID!, $first: Int) { matchCapabilities(challengeId: $challengeId, first: $first) {
  queryTerms { term weight anchor }
  matches { rank capability { id title summary keywords organization { name } }
    explanation { matchedTerms snippets { field text } anchorTerm rankingScore foundBy searches rerankScore sharedFieldCodes region } }
} }`, (challengeId) => ({ challengeId, first: 10 })],
    };
    for (let round = 0; round < 2; round++) {
      for (const [name, [q, vars]] of Object.entries(queries)) {
        for (let i = 0; i < 20; i++) await gql(env.url, q, vars(ids[i % ids.length]), token);
        const times: number[] = [];
        for (let i = 0; i < 300; i++) {
          const t = performance.now();
          const r = await gql(env.url, q, vars(ids[i % ids.length]), token);
          times.push(performance.now() - t);
          if (r.errors) throw new Error(JSON.stringify(r.errors));
        }
        if (round === 1) console.log(`${name.padEnd(32)} p50 ${pct(times, 50).toFixed(2)}  p95 ${pct(times, 95).toFixed(2)}`);
        const phases: number[][] = (globalThis as any).__phases ?? [];
        if (round === 1 && phases.length) console.log('   phases p50 (challenge, checks, searches+matcher, capabilities SQL, explanations):', [0, 1, 2, 3, 4].map((k) => pct(phases.slice(-300).map((p) => p[k]), 50).toFixed(2)).join(' / '));
        (globalThis as any).__phases = [];
      }
    }
  } finally {
    await env.stop();
  }
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });

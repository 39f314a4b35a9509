import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadDemoDataIfEmpty } from '../../seeds/demo.seeder';
import { Viewer } from '../../server/src/modules/auth/viewer';
import { Capability } from '../../server/src/modules/capability/capability.entity';
import { Challenge } from '../../server/src/modules/challenge/challenge.entity';
import { CAPABILITY_PROFILE, runMatch } from '../../server/src/modules/search/matcher';
import { challengeSource, corpusSource, loadCorpusTexts } from '../../server/src/modules/search/matching.service';
import type { SourceField } from '../../server/src/modules/search/query-terms';
import { capabilityVisibilityFilter } from '../../server/src/modules/search/search-filter';
import { CorpusStats, corpusStatsCache } from '../../server/src/modules/search/term-statistics';
import { User } from '../../server/src/modules/user/user.entity';
import { indexDocument } from '../../server/src/search/document-source';
import type { CapabilityMatchingDocument } from '../../server/src/search/documents';
import { settle, type Search } from '../../server/src/search/meili';
import { reindexAll } from '../../server/src/search/reindex';
import { generateCapabilityDocuments } from '../search/generate';
import { startBenchEnvironment, type BenchEnvironment } from '../support/environment';
import { HARD_DISTRACTORS, labelledPairs, pairCount, type LabelledQuery } from './labelled-queries';
import { scoreQuery, summarize, type QueryResult } from './metrics';

/**
 * `npm run bench:relevance [-- --scale N] [-- --seed S]` — the protocol of bench/README.md:
 * demo data seeded and indexed (reindexAll), a signed-in enterprise viewer, every labelled query ranked by the
 * matching method (runMatch with the options of MatchingService.matchCapabilities) and by the title-only
 * baseline, recall/MRR/nDCG@10 per set, the misses, and the method's latency. With --scale N, N synthetic
 * capabilities (bench/search/generate.ts) are added to the capabilities index as distractors and the protocol
 * runs again.
 */

const K = 10;
/** GraphQL's `matchCapabilities(first: 10)` asks runMatch for first + SPARE (5, matching.service.ts) matches. */
const FIRST = K;
const SPARE = 5;
const VIEWER_EMAIL = 'enterprise@jiebang.demo';
const BATCH = 10_000;

interface Args {
  scale: number;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { scale: 0, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const raw = inline ?? argv[++i];
      const n = Number(raw);
      if (raw === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer (got ${raw})`);
      return n;
    };
    if (flag === '--scale') args.scale = value();
    else if (flag === '--seed') args.seed = value();
    else throw new Error(`unknown argument ${argv[i]} (usage: --scale N, --seed S)`);
  }
  return args;
}

/** A labelled query ready to run: the source fields the service would build and the ids of its targets. */
interface Prepared {
  query: LabelledQuery;
  source: SourceField[];
  relevantIds: Set<string>;
}

interface Ranked {
  ids: string[];
  titles: string[];
}

interface Ranker {
  name: string;
  rank(prepared: Prepared): Promise<Ranked>;
}

interface RankerRun {
  name: string;
  results: Array<{ prepared: Prepared; ranked: Ranked; ms: number }>;
}

const fmt = (x: number) => x.toFixed(3);
const ms = (x: number) => `${x.toFixed(1)} ms`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank.
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function prepareQueries(em: EntityManager): Promise<Prepared[]> {
  const capabilities = await em.find(Capability, {});
  const capabilityByTitle = new Map(capabilities.map((c) => [c.title, c]));
  const challenges = await em.find(Challenge, {});
  const challengeByTitle = new Map<string, Challenge>();
  for (const challenge of challenges) {
    if (challengeByTitle.has(challenge.title)) throw new Error(`two demo challenges are titled ${challenge.title}`);
    challengeByTitle.set(challenge.title, challenge);
  }
  return labelledPairs().map((query) => {
    const relevantIds = new Set(
      query.relevantCapabilityTitles.map((title) => {
        const capability = capabilityByTitle.get(title);
        if (!capability) throw new Error(`${query.key}: no demo capability titled ${title}`);
        if (capability.visibility === 'PRIVATE') throw new Error(`${query.key}: target ${title} is PRIVATE`);
        return capability.id;
      }),
    );
    let source: SourceField[];
    if (query.source === 'seed') {
      // The seeded challenge itself, through the service's own source builder (title, keywords, summary,
      // statement, indicator names) — with details, as its owner, the bureau or an NDA signatory sees it.
      const challenge = challengeByTitle.get(query.title);
      if (!challenge) throw new Error(`${query.key}: not seeded`);
      source = challengeSource(challenge, true);
    } else {
      // Not seeded: the given text through the same builder (no indicators: their figures are in the statement).
      const draft = { title: query.title, keywords: query.keywords, summary: query.summary, statement: query.statement, indicators: [] };
      source = challengeSource(draft as unknown as Challenge, true);
    }
    return { query, source, relevantIds };
  });
}

async function runRanker(ranker: Ranker, prepared: Prepared[]): Promise<RankerRun> {
  // Warm-up (jieba's dictionaries, connections, Meilisearch's caches): not measured.
  for (const p of prepared.slice(0, 5)) await ranker.rank(p);
  const results: RankerRun['results'] = [];
  // One at a time, so the latencies are those of a lone request.
  for (const p of prepared) {
    const started = performance.now();
    const ranked = await ranker.rank(p);
    results.push({ prepared: p, ranked, ms: performance.now() - started });
  }
  return { name: ranker.name, results };
}

function asQueryResults(run: RankerRun, set?: 'seed' | 'extra'): Array<QueryResult<string>> {
  return run.results
    .filter((r) => !set || r.prepared.query.source === set)
    .map((r) => ({ key: r.prepared.query.key, ranked: r.ranked.ids, relevant: r.prepared.relevantIds }));
}

function printTable(runs: RankerRun[], prepared: Prepared[]): void {
  console.log(`| set | queries | pairs | ranker | recall@${K} | MRR@${K} | nDCG@${K} |`);
  console.log('|---|---:|---:|---|---:|---:|---:|');
  for (const set of ['seed', 'extra', undefined] as const) {
    const queries = prepared.filter((p) => !set || p.query.source === set).map((p) => p.query);
    for (const run of runs) {
      const s = summarize(asQueryResults(run, set), K);
      console.log(`| ${set ?? 'all'} | ${s.queries} | ${pairCount(queries)} | ${run.name} | ${fmt(s.recall)} | ${fmt(s.mrr)} | ${fmt(s.ndcg)} |`);
    }
  }
}

function printLatency(runs: RankerRun[]): void {
  console.log('');
  console.log(`| ranker | queries | p50 | p95 | max |`);
  console.log('|---|---:|---:|---:|---:|');
  for (const run of runs) {
    const times = run.results.map((r) => r.ms);
    console.log(`| ${run.name} | ${times.length} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(Math.max(...times))} |`);
  }
}

function printMisses(run: RankerRun, isSynthetic: (id: string) => boolean): void {
  const missed = run.results.filter((r) => scoreQuery({ ranked: r.ranked.ids, relevant: r.prepared.relevantIds }, K).recall < 1);
  console.log('');
  console.log(`Missed by ${run.name} (a target not in the top ${K}): ${missed.length} of ${run.results.length} queries`);
  for (const { prepared, ranked } of missed) {
    const { query, relevantIds } = prepared;
    const ids = [...relevantIds];
    const misses = query.relevantCapabilityTitles
      .map((title, i) => ({ title, rank: ranked.ids.indexOf(ids[i]) }))
      .filter(({ rank }) => rank === -1 || rank >= K)
      .map(({ title, rank }) => `${title} (${rank === -1 ? `not in the ${ranked.ids.length} returned` : `rank ${rank + 1}`})`);
    const first = ranked.ids.findIndex((id) => !relevantIds.has(id));
    let distractor = 'none (nothing returned)';
    if (first !== -1) {
      const title = ranked.titles[first];
      const tags = [isSynthetic(ranked.ids[first]) ? 'synthetic' : null, HARD_DISTRACTORS[query.key]?.includes(title) ? 'listed hard distractor' : null].filter(Boolean);
      distractor = `#${first + 1} ${title}${tags.length ? ` [${tags.join(', ')}]` : ''}`;
    }
    console.log(`- ${query.source} \`${query.key}\` 「${query.title}」 — missed: ${misses.join('; ')} — first distractor: ${distractor}`);
  }
}

interface Context {
  env: BenchEnvironment;
  search: Search;
  filter: string | null;
  prepared: Prepared[];
}

/** The method: the function and options MatchingService.matchCapabilities uses, with the given IDF statistics. */
function methodRanker(ctx: Context, name: string, stats: CorpusStats): Ranker {
  return {
    name,
    async rank({ source }) {
      const run = await runMatch<CapabilityMatchingDocument>(ctx.search, CAPABILITY_PROFILE, [{ key: 'query', fields: source }], {
        limit: FIRST + SPARE,
        filter: ctx.filter,
        stats,
      });
      // The service then re-checks each match in PostgreSQL (visibility, existence) and keeps `first`: the index
      // is in sync here, and synthetic distractors exist only in the index, so the run's order is the answer.
      // The metrics read the first K; the spare ones only tell how far a missed target fell.
      return { ids: run.matches.map((m) => m.id), titles: run.matches.map((m) => m.document.title) };
    },
  };
}

/** The baseline: one search, q = the title alone, the same viewer filter, limit 10. */
function baselineRanker(ctx: Context): Ranker {
  const index = ctx.search.client.index(ctx.search.indexUid('capabilities'));
  return {
    name: 'baseline (title only)',
    async rank({ query }) {
      const { hits } = await index.search(query.title, { filter: ctx.filter ?? undefined, limit: K, attributesToRetrieve: ['id', 'title'] });
      return { ids: hits.map((h) => String(h.id)), titles: hits.map((h) => String(h.title)) };
    },
  };
}

async function indexedCount(search: Search): Promise<number> {
  const [searched, matched] = await Promise.all(
    (['capabilities', 'capabilityMatching'] as const).map(async (name) => (await search.client.index(search.indexUid(name)).getStats()).numberOfDocuments),
  );
  if (searched !== matched) throw new Error(`the search index holds ${searched} capabilities, the matching index ${matched}`);
  return searched;
}

async function runProtocol(ctx: Context, heading: string, methods: Ranker[], isSynthetic: (id: string) => boolean): Promise<void> {
  const runs: RankerRun[] = [];
  for (const ranker of [...methods, baselineRanker(ctx)]) runs.push(await runRanker(ranker, ctx.prepared));
  console.log('');
  console.log(`### ${heading}`);
  console.log('');
  printTable(runs, ctx.prepared);
  printLatency(runs);
  for (const run of runs) printMisses(run, isSynthetic);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const env = await startBenchEnvironment();
  // One stop, shared: an interruption makes the run fail too, and its `finally` must wait for the same stop.
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= env.stop());
  // Ctrl-C or a kill skips `finally`: stop the embedded services and remove the scratch data first.
  const interrupted = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the bench environment`);
    stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    const { orm, search } = env;
    const meili = await search.client.getVersion();
    console.log(`bench:relevance — ${new Date().toISOString()}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, Meilisearch ${meili.pkgVersion}`);

    if (!(await loadDemoDataIfEmpty(orm))) throw new Error('the bench database was not empty');
    const counts = await reindexAll(orm, search);
    console.log(`[${elapsed()}] demo data seeded and indexed: ${counts.capabilities} capabilities, ${counts.challenges} challenges`);

    const em = orm.em.fork();
    const user = await em.findOneOrFail(User, { email: VIEWER_EMAIL });
    // What context.ts does for a signed-in request, and the filter MatchingService.matchCapabilities sends.
    const viewer = (await Viewer.load(em, user.id))!;
    const filter = capabilityVisibilityFilter(viewer);
    const prepared = await prepareQueries(em);
    const ctx: Context = { env, search, filter, prepared };
    console.log(`viewer: ${VIEWER_EMAIL} (signed-in enterprise); filter: ${filter}`);
    console.log(
      `labelled set: ${prepared.length} queries, ${pairCount(prepared.map((p) => p.query))} pairs ` +
        `(seed: with statement and indicators; extra: title, summary, statement, keywords); top ${K}; method = runMatch as in matchCapabilities(first: ${FIRST}), plain function, no GraphQL`,
    );

    // IDF as the service computes it: the per-index cache over loadCorpusTexts, i.e. PostgreSQL's capabilities.
    const serviceStats = await corpusStatsCache.get(search.indexUid('capabilities'), corpusSource(orm.em, 'capabilities'));
    const indexed = await indexedCount(search);
    console.log(`IDF: the service's statistics (term-statistics.ts via loadCorpusTexts) read PostgreSQL: ${serviceStats.docCount} capabilities; the index holds ${indexed}`);
    if (serviceStats.docCount !== indexed) throw new Error('the IDF statistics do not cover the indexed capabilities');

    await runProtocol(ctx, `Demo data (${indexed} capabilities indexed) — ${new Date().toISOString().slice(0, 10)}`, [methodRanker(ctx, 'method', serviceStats)], () => false);
    console.log(`\n[${elapsed()}] demo run done`);

    if (args.scale > 0) {
      console.log('');
      console.log(`Adding ${args.scale} synthetic capabilities (generateCapabilityDocuments(${args.scale}, ${args.seed})) in batches of ${BATCH}...`);
      const started = performance.now();
      const synthetic = generateCapabilityDocuments(args.scale, args.seed);
      const syntheticIds = new Set(synthetic.map((d) => d.id));
      // Into the search index (the baseline's) and the matching index (the method's), as the outbox does.
      const indexes = (['capabilities', 'capabilityMatching'] as const).map((name) => ({ name, index: search.client.index(search.indexUid(name)) }));
      const inFlight: Array<Promise<unknown>> = [];
      for (let i = 0; i < synthetic.length; i += BATCH) {
        for (const { name, index } of indexes) {
          const batch = synthetic.slice(i, i + BATCH).map((document) => indexDocument(name, document));
          const settled = settle(index.addDocuments(batch, { primaryKey: 'id' }), 30 * 60_000);
          settled.catch(() => undefined); // awaited below
          inFlight.push(settled);
        }
        if (inFlight.length >= 4) for (const settled of inFlight.splice(0, 2)) await settled;
      }
      for (const settled of inFlight) await settled;
      const total = await indexedCount(search);
      console.log(`[${elapsed()}] indexed in ${((performance.now() - started) / 1000).toFixed(1)} s: the index holds ${total} capabilities`);
      if (total !== indexed + syntheticIds.size) throw new Error(`expected ${indexed + syntheticIds.size} documents, the index holds ${total}`);

      // The service's IDF reads PostgreSQL only: synthetic capabilities live in the index alone, so its statistics
      // still describe the demo's capabilities. The same CorpusStats over every indexed document's matchTexts (what
      // loadCorpusTexts yields per PostgreSQL row) is what the service would compute were they rows in PostgreSQL.
      corpusStatsCache.clear();
      const pgStats = await corpusStatsCache.get(search.indexUid('capabilities'), corpusSource(orm.em, 'capabilities'));
      const statsStarted = performance.now();
      const demoTexts = await loadCorpusTexts(orm.em, 'capabilities');
      const indexStats = CorpusStats.fromTexts(
        (function* () {
          yield* demoTexts;
          for (const document of synthetic) yield CAPABILITY_PROFILE.matchTexts(document).join('\n');
        })(),
      );
      console.log(
        `IDF: the service's statistics read PostgreSQL only — ${pgStats.docCount} capabilities, not the ${total} indexed ` +
          `(the synthetic ones are not in PostgreSQL). Shown both ways: "method, service IDF" (exactly what matchCapabilities would use here) ` +
          `and "method, IDF over the index" (the same CorpusStats.fromTexts over all ${indexStats.docCount} indexed documents, ` +
          `computed in ${((performance.now() - statsStarted) / 1000).toFixed(1)} s).`,
      );
      await runProtocol(
        ctx,
        `Demo data + ${args.scale} synthetic capabilities (${total} indexed) — ${new Date().toISOString().slice(0, 10)}`,
        [methodRanker(ctx, 'method, IDF over the index', indexStats), methodRanker(ctx, 'method, service IDF (PostgreSQL only)', pgStats)],
        (id) => syntheticIds.has(id),
      );
      console.log(`\n[${elapsed()}] scale run done`);
    }
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Settings } from 'meilisearch';
import { loadDemoDataIfEmpty } from '../../seeds/demo.seeder';
import { Viewer } from '../../server/src/modules/auth/viewer';
import { Capability } from '../../server/src/modules/capability/capability.entity';
import { Challenge } from '../../server/src/modules/challenge/challenge.entity';
import { CAPABILITY_PROFILE, runMatch, type MatchOptions } from '../../server/src/modules/search/matcher';
import { challengeSource, loadCorpusTexts } from '../../server/src/modules/search/matching.service';
import type { SourceField } from '../../server/src/modules/search/query-terms';
import { capabilityVisibilityFilter } from '../../server/src/modules/search/search-filter';
import { CorpusStats } from '../../server/src/modules/search/term-statistics';
import { User } from '../../server/src/modules/user/user.entity';
import { indexDocument } from '../../server/src/search/document-source';
import type { CapabilityMatchingDocument } from '../../server/src/search/documents';
import { INDEX_SETTINGS } from '../../server/src/search/indexes';
import { settle } from '../../server/src/search/meili';
import { reindexAll } from '../../server/src/search/reindex';
import { labelledPairs } from '../relevance/labelled-queries';
import { summarize as summarizeRelevance } from '../relevance/metrics';
import { startBenchEnvironment } from '../support/environment';
import { generateCapabilityDocuments, generateChallengeDocuments } from './generate';

/**
 * A tuning aid, not a benchmark of record: index the demo data plus N synthetic capabilities once under the
 * settings given in TUNING_SETTINGS (JSON merged over indexes.ts), then run the 134 labelled queries through
 * runMatch under several option variants and print recall@10 / MRR@10 next to the per-query latency.
 */

const K = 10;

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function main() {
  const scale = Number(process.env.TUNING_SCALE ?? 100_000);
  const extra: Settings = JSON.parse(process.env.TUNING_SETTINGS ?? '{}');
  const variants: Array<[string, Partial<MatchOptions>]> = JSON.parse(process.env.TUNING_VARIANTS ?? '[["current", {}]]');
  const after: Array<[string, Settings]> = JSON.parse(process.env.TUNING_AFTER ?? '[]');
  console.log(`tuning ${new Date().toISOString()} load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; settings over indexes.ts: ${JSON.stringify(extra)}`);
  const env = await startBenchEnvironment();
  try {
    const { orm, search } = env;
    // The index matching searches (CAPABILITY_PROFILE.index), under its settings of indexes.ts plus TUNING_SETTINGS.
    const uid = search.indexUid(CAPABILITY_PROFILE.index);
    const settings = { ...INDEX_SETTINGS[CAPABILITY_PROFILE.index], ...extra };
    await settle(search.client.index(uid).updateSettings(settings));
    await loadDemoDataIfEmpty(orm);
    await reindexAll(orm, search, undefined, { indexes: [CAPABILITY_PROFILE.index] });
    await settle(search.client.index(uid).updateSettings(settings));
    const em = orm.em.fork();
    const user = await em.findOneOrFail(User, { email: 'enterprise@jiebang.demo' });
    const viewer = (await Viewer.load(em, user.id))!;
    const filter = capabilityVisibilityFilter(viewer);
    const capabilities = await em.find(Capability, {});
    const byTitle = new Map(capabilities.map((c) => [c.title, c.id]));
    const challenges = new Map((await em.find(Challenge, {})).map((c) => [c.title, c]));
    const prepared = labelledPairs().map((query) => {
      const source: SourceField[] =
        query.source === 'seed'
          ? challengeSource(challenges.get(query.title)!, true)
          : challengeSource({ title: query.title, keywords: query.keywords, summary: query.summary, statement: query.statement, indicators: [] } as unknown as Challenge, true);
      return { key: query.key, source, relevant: new Set(query.relevantCapabilityTitles.map((t) => byTitle.get(t)!)) };
    });

    const synthetic = generateCapabilityDocuments(scale, 1);
    const started = performance.now();
    const tasks = [];
    for (let i = 0; i < synthetic.length; i += 10_000) {
      tasks.push(await search.client.index(uid).addDocuments(synthetic.slice(i, i + 10_000).map((d) => indexDocument(CAPABILITY_PROFILE.index, d)), { primaryKey: 'id' }));
    }
    for (const task of tasks) await search.client.tasks.waitForTask(task.taskUid, { timeout: 30 * 60_000, interval: 50 });
    console.log(`indexed ${scale} synthetic in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const demoTexts = await loadCorpusTexts(orm.em, 'capabilities');
    const stats = CorpusStats.fromTexts([...demoTexts, ...synthetic.map((d) => CAPABILITY_PROFILE.matchTexts(d).join('\n'))]);

    const generated = generateChallengeDocuments(Number(process.env.TUNING_GENERATED ?? 200) * 2, 2026)
      .filter((d) => d.confidentiality === 'PUBLIC')
      .slice(0, Number(process.env.TUNING_GENERATED ?? 200))
      .map((d) => [
        { text: d.title, weight: 3 },
        { text: d.keywords.join(' '), weight: 3 },
        { text: d.summary, weight: 2 },
        { text: d.statement, weight: 1 },
        { text: d.indicators.map((i) => i.split(' ')[0]).join(' '), weight: 1 },
      ]);
    const runVariants = async (label: string) => {
      for (const [name, options] of variants) {
        const gen = async () => {
          const times: number[] = [];
          for (const [i, fields] of generated.entries()) {
            const t = performance.now();
            await runMatch<CapabilityMatchingDocument>(search, CAPABILITY_PROFILE, [{ key: 'q', fields }], { limit: 15, filter, stats, ...options });
            if (i >= 10) times.push(performance.now() - t);
          }
          return times;
        };
        const run = (p: (typeof prepared)[number]) =>
          runMatch<CapabilityMatchingDocument>(search, CAPABILITY_PROFILE, [{ key: 'q', fields: p.source }], { limit: 15, filter, stats, ...options });
        for (const p of prepared.slice(0, 5)) await run(p);
        const times: number[] = [];
        const results = [];
        for (const p of prepared) {
          const t = performance.now();
          const r = await run(p);
          times.push(performance.now() - t);
          results.push({ key: p.key, ranked: r.matches.map((m) => m.id), relevant: p.relevant });
        }
        const s = summarizeRelevance(results, K);
        const g = generated.length ? await gen() : [0];
        console.log(
          `${label} | ${name} | recall ${s.recall.toFixed(3)} | MRR ${s.mrr.toFixed(3)} | nDCG ${s.ndcg.toFixed(3)} | p50 ${pct(times, 50).toFixed(1)} | p95 ${pct(times, 95).toFixed(1)} | max ${Math.max(...times).toFixed(1)} ms | generated p50 ${pct(g, 50).toFixed(1)} p95 ${pct(g, 95).toFixed(1)} | load ${os.loadavg()[0].toFixed(2)}`,
        );
      }
    };
    await runVariants('as indexed');
    for (const [label, settings] of after) {
      const t = performance.now();
      await settle(search.client.index(uid).updateSettings(settings), 30 * 60_000);
      console.log(`settings ${JSON.stringify(settings)} applied in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      await runVariants(label);
    }
  } finally {
    await env.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

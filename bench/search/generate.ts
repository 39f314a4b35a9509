import type { CapabilityDocument, ChallengeDocument } from '../../server/src/search/documents';
import { flattenTaxonomy } from '../../server/src/modules/field/field-taxonomy';
import { FIELD_BANKS, SHARED, type FieldBank, type IndicatorTemplate, type ThemeBank } from './phrase-banks';

/**
 * A deterministic generator of synthetic index documents for the speed benchmark (`npm run bench:search`):
 * N capabilities and M challenges in the exact shapes of server/src/search/documents.ts, made by recombining the
 * phrase banks of phrase-banks.ts with numbers from the indicator ranges. No external data, no clock, no
 * Math.random: the same (n, seed) always gives the same documents, and a longer run starts with the documents of
 * a shorter one (document i depends only on the seed and i's predecessors), so a benchmark can index 10k and
 * then grow to 100k.
 */

// ─── PRNG ───────────────────────────────────────────────────────────────────

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives independent streams from one seed (capabilities, challenges, organizations). */
function streamSeed(seed: number, stream: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** k distinct elements (k ≤ list.length), in random order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const n = list.length;
    const count = Math.min(k, n);
    const chosen: number[] = [];
    // The banks are short lists and k ≤ 6: rejection beats copying and splicing (and makes less garbage).
    while (chosen.length < count) {
      const i = Math.floor(this.next() * n);
      if (!chosen.includes(i)) chosen.push(i);
    }
    return chosen.map((i) => list[i]);
  }
  /** Two different elements. */
  pair<T>(list: readonly T[]): [T, T] {
    const [a, b] = this.sample(list, 2);
    return [a, b];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  uuid(): string {
    const h: string[] = [];
    for (let w = 0; w < 4; w++) {
      let word = Math.floor(this.next() * 4294967296);
      if (w === 1) word = (word & 0xffff0fff) | 0x00004000; // version 4
      if (w === 2) word = (word & 0x3fffffff) | 0x80000000; // variant 10
      h.push(HEX[(word >>> 24) & 0xff], HEX[(word >>> 16) & 0xff], HEX[(word >>> 8) & 0xff], HEX[word & 0xff]);
    }
    return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// ─── Fields and organizations ───────────────────────────────────────────────

interface Theme extends ThemeBank {
  field: FieldBank;
}

const THEMES: Theme[] = FIELD_BANKS.flatMap((field) => field.themes.map((theme) => ({ ...theme, field })));

// The banks must name real taxonomy codes: a typo would silently create a facet value no one can filter on.
const TAXONOMY = new Set(flattenTaxonomy().map((f) => f.code));
for (const theme of THEMES) {
  if (!TAXONOMY.has(theme.leaf) || !theme.leaf.startsWith(theme.field.code)) {
    throw new Error(`phrase bank theme ${theme.leaf} is not a field of ${theme.field.code} in the taxonomy`);
  }
}

/** The city's districts (GB/T 2260), where the organizations are. */
const REGION_CODES = ['370202', '370203', '370211', '370212', '370213', '370214', '370215', '370281', '370283', '370285'];

/** A field code and its ancestors (same rule as fieldCodeWithAncestors in server/src/search/documents.ts). */
function withAncestors(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

interface Org {
  id: string;
  name: string;
  regionCode: string;
}

const INSTITUTES_PER_FIELD = 250;
const ENTERPRISES_PER_FIELD = 400;

/** Fixed pools of institutes (capability owners) and enterprises (challenge owners) per top-level field. */
function organizations(seed: number, kind: 'institute' | 'enterprise'): Map<string, Org[]> {
  const rng = new Rng(streamSeed(seed, kind));
  const pools = new Map<string, Org[]>();
  for (const field of FIELD_BANKS) {
    const names = new Set<string>();
    const pool: Org[] = [];
    const size = kind === 'institute' ? INSTITUTES_PER_FIELD : ENTERPRISES_PER_FIELD;
    for (let attempt = 0; pool.length < size && attempt < size * 20; attempt++) {
      const topic = rng.pick(field.orgTopics);
      let name: string;
      if (kind === 'enterprise') {
        name = `青岛${rng.pick(SHARED.companyBrands)}${topic}${rng.pick(SHARED.companyTypes)}`;
      } else if (rng.chance(0.4)) {
        name = `${rng.pick(SHARED.universities)}${topic}${rng.pick(SHARED.colleges)}`;
      } else {
        name = `${rng.pick(SHARED.orgPrefixes)}${topic}${rng.pick(SHARED.orgSuffixes)}`;
      }
      // Names repeat in real registries only with a suffix; keep them unique so facets stay meaningful.
      if (names.has(name)) name = `${name}（${rng.pick(['分部', '二所', '青岛分中心', '中试基地', '西海岸园区'])}）`;
      if (names.has(name)) continue;
      names.add(name);
      pool.push({ id: rng.uuid(), name, regionCode: rng.pick(REGION_CODES) });
    }
    pools.set(field.code, pool);
  }
  return pools;
}

// ─── Text pieces ────────────────────────────────────────────────────────────

function value(rng: Rng, [, , min, max, decimals]: IndicatorTemplate): string {
  let v = min + rng.next() * (max - min);
  if (decimals === 0 && Math.abs(max) >= 100) {
    // Engineers write 6000 m and 1500 N, not 6237 m.
    const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(max))) - 1);
    v = Math.round(v / step) * step;
  }
  return v.toFixed(decimals);
}

/** `最大推力≥820 N`, as in a capability summary or a challenge statement. */
function indicatorText(rng: Rng, t: IndicatorTemplate, v: string = value(rng, t)): string {
  const unit = t[5] ? (/^[%℃×]/.test(t[5]) ? t[5] : ` ${t[5]}`) : '';
  return `${t[0]}${t[1]}${v}${unit}`;
}

/** `最大推力 ≥ 820N`, as challengeDocument renders `${name} ${target}${unit}`. */
function indicatorField(t: IndicatorTemplate, v: string): string {
  return `${t[0]} ${t[1]} ${v}${t[5]}`;
}

function personName(rng: Rng): string {
  return rng.pick(SHARED.surnames) + rng.pick(SHARED.givenNames);
}

const CAPABILITY_KINDS = ['PATENT', 'PAPER', 'PROTOTYPE', 'SOFTWARE', 'PROCESS', 'EQUIPMENT', 'SERVICE'];
const COOPERATION_MODES = ['LICENCE', 'TRANSFER', 'JOINT_DEVELOPMENT', 'CONSULTING'];

/** 2019-01-01 … 2025-06-30 in epoch seconds. */
const EPOCH_FROM = 1546300800;
const EPOCH_TO = 1751241600;

function capabilityTitle(rng: Rng, t: Theme, parts: { material: string; component: string; m1: string; m2: string; app: string }): string {
  const { material, component, m1, m2, app } = parts;
  const qualifier = rng.pick(t.field.qualifiers);
  let core: string;
  switch (rng.int(0, 6)) {
    case 0:
      core = `${qualifier}${material}${component}${m1}`;
      break;
    case 1:
      core = `${qualifier}${component}${m1}与${m2}`;
      break;
    case 2:
      core = `面向${app}的${component}${m1}与${m2}`;
      break;
    case 3:
      return `${component}${m1}（${indicatorText(rng, rng.pick(t.indicators))}）`;
    case 4:
      core = `${app}用${qualifier}${component}${m1}`;
      break;
    case 5:
      return `${qualifier}${component}${m1}及${app}应用`;
    default:
      core = `基于${m1}的${qualifier}${component}${m2}`;
  }
  return core + rng.pick(SHARED.titleSuffixes);
}

function capabilitySummary(rng: Rng, t: Theme, parts: { material: string; component: string; m1: string; m2: string; app: string }): string {
  const { material, component, m1, m2, app } = parts;
  const problem = rng.pick(t.field.problems);
  const opening = rng.pick([
    `针对${app}中${component}${problem}的问题，`,
    `面向${app}对${rng.pick(t.field.qualifiers)}${component}的需求，`,
    `为解决${app}${component}${problem}的难题，`,
  ]);
  const approach = `采用${m1}与${m2}，以${material}为${rng.pick(t.field.roles)}${rng.pick(SHARED.verbs)}${component}`;
  const figures = rng
    .sample(t.indicators, rng.int(2, 3))
    .map((ind) => indicatorText(rng, ind))
    .join('，');
  const comparison = rng.chance(0.5)
    ? `，较${rng.pick(SHARED.baselines)}${rng.pick(['提高', '降低'])}${rng.int(8, 60)}%`
    : '';
  const proof = `已在${rng.pick(t.applications)}${rng.pick(SHARED.verifications)}，${rng.pick(SHARED.services)}。`;
  return `${opening}${approach}；${figures}${comparison}。${proof}`;
}

function patentTitles(rng: Rng, t: Theme, parts: { material: string; component: string; m1: string; app: string }): string[] {
  const count = rng.weighted([[0, 3], [1, 4], [2, 3], [3, 1]] as const);
  const titles: string[] = [];
  for (let i = 0; i < count; i++) {
    const component = i === 0 ? parts.component : rng.pick(t.components);
    const method = i === 0 ? parts.m1 : rng.pick(t.methods);
    titles.push(
      rng.pick([
        `一种${parts.material}${component}的${method}方法`,
        `${component}${method}装置及其使用方法`,
        `基于${method}的${component}系统`,
        `一种用于${parts.app}的${component}`,
      ]),
    );
  }
  return titles;
}

// ─── Capabilities ───────────────────────────────────────────────────────────

/** An endless, deterministic stream of capability documents. */
export function* capabilityDocumentStream(seed: number): Generator<CapabilityDocument> {
  const rng = new Rng(streamSeed(seed, 'capabilities'));
  const institutes = organizations(seed, 'institute');
  while (true) {
    const theme = rng.pick(THEMES);
    const [m1, m2] = rng.pair(theme.methods);
    const parts = {
      material: rng.pick(theme.materials),
      component: rng.pick(theme.components),
      m1,
      m2,
      app: rng.pick(theme.applications),
    };
    const leaves = [theme.leaf];
    if (rng.chance(0.3)) {
      // A second field: a sibling most of the time, sometimes a neighbouring industry (海洋+材料, 车辆+轻量化...).
      const other = rng.chance(0.7) ? rng.pick(theme.field.themes).leaf : rng.pick(THEMES).leaf;
      if (!leaves.includes(other)) leaves.push(other);
    }
    const org = rng.pick(institutes.get(theme.field.code)!);
    const keywords = [
      ...new Set([parts.component, m1, parts.material, m2, parts.app, rng.pick(theme.components)]),
    ].slice(0, rng.int(3, 6));
    const facilities = rng
      .sample(theme.field.facilities, rng.int(1, 2))
      .map((f) => `${f}${rng.chance(0.5) ? `${rng.int(1, 6)}台套` : ''}`)
      .join('、');
    yield {
      id: rng.uuid(),
      title: capabilityTitle(rng, theme, parts),
      summary: capabilitySummary(rng, theme, parts),
      keywords,
      patentTitles: patentTitles(rng, theme, parts),
      facilities: `${facilities}。`,
      teamLead: personName(rng),
      fieldCodes: [...new Set(leaves.flatMap(withAncestors))],
      trl: rng.int(2, 9),
      kind: rng.chance(0.7) ? rng.pick(theme.field.kinds) : rng.pick(CAPABILITY_KINDS),
      cooperationModes: rng.sample(COOPERATION_MODES, rng.int(1, 3)),
      visibility: rng.weighted([['PUBLIC', 80], ['SIGNED_IN', 15], ['PRIVATE', 5]] as const),
      organizationId: org.id,
      organizationName: org.name,
      regionCode: org.regionCode,
      createdAt: rng.int(EPOCH_FROM, EPOCH_TO),
    };
  }
}

/** n synthetic capability documents (CapabilityDocument of server/src/search/documents.ts). */
export function generateCapabilityDocuments(n: number, seed: number): CapabilityDocument[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer (got ${n})`);
  const docs: CapabilityDocument[] = [];
  const stream = capabilityDocumentStream(seed);
  for (let i = 0; i < n; i++) docs.push(stream.next().value as CapabilityDocument);
  return docs;
}

// ─── Challenges ─────────────────────────────────────────────────────────────

const PUBLISHED_STATUSES = new Set(['PUBLISHED', 'EVALUATING', 'AWARDED', 'NO_WINNER', 'CONTRACTED', 'COMPLETED', 'CANCELLED']);

function challengeTitle(rng: Rng, t: Theme, parts: { material: string; component: string; m1: string; app: string }): string {
  const { material, component, m1, app } = parts;
  switch (rng.int(0, 4)) {
    case 0:
      return `${app}${component}${rng.pick(SHARED.needs)}${rng.pick(SHARED.challengeSuffixes)}`;
    case 1:
      return `${rng.pick(t.field.qualifiers)}${component}${m1}${rng.pick(SHARED.challengeSuffixes)}`;
    case 2:
      return `${app}用${rng.pick(t.field.qualifiers)}${material}${component}开发`;
    case 3:
      return `解决${app}${component}${rng.pick(t.field.problems)}的问题`;
    default:
      return `${component}${m1}（${indicatorText(rng, rng.pick(t.indicators))}）`;
  }
}

/** An endless, deterministic stream of challenge documents. */
export function* challengeDocumentStream(seed: number): Generator<ChallengeDocument> {
  const rng = new Rng(streamSeed(seed, 'challenges'));
  const enterprises = organizations(seed, 'enterprise');
  while (true) {
    const theme = rng.pick(THEMES);
    const [m1, m2, tried] = rng.sample(theme.methods, 3);
    const parts = { material: rng.pick(theme.materials), component: rng.pick(theme.components), m1, app: rng.pick(theme.applications) };
    const owner = rng.pick(enterprises.get(theme.field.code)!);
    // One target per indicator, the same in the summary, the statement and the indicators list.
    const targets = rng.sample(theme.indicators, rng.int(3, 5)).map((t) => ({ t, v: value(rng, t) }));
    const inSummary = targets.slice(0, 2).map(({ t, v }) => indicatorText(rng, t, v));
    const problem = rng.pick(theme.field.problems);
    const summary = `为${parts.app}${rng.pick(SHARED.verbs)}${rng.pick(theme.field.qualifiers)}${parts.component}，要求${inSummary.join('、')}，${rng.pick(SHARED.goals)}。`;
    const background = rng.pick([
      `公司主要从事${parts.app}相关产品的研发与生产`,
      `公司是${parts.app}领域的骨干企业，年产值约${rng.int(2, 80)}亿元`,
      `公司为${parts.app}提供${parts.component}配套`,
    ]);
    const loss = rng.pick([
      `每年因此损失约${rng.int(50, 2000)}万元`,
      `影响交付周期约${rng.int(2, 12)}个月`,
      `客户投诉率上升${rng.int(5, 40)}%`,
      `导致产品毛利率下降${rng.int(2, 15)}个百分点`,
    ]);
    const requirements = targets.map(({ t, v }) => indicatorText(rng, t, v)).join('；');
    const paragraphs = [
      `${background}。目前${parts.component}主要采用${rng.pick(SHARED.currents)}，存在${problem}等问题，${loss}。我们曾尝试${tried}，但效果有限。`,
      `希望揭榜方采用${m1}、${m2}等技术，以${parts.material}为重点，${rng.pick(SHARED.verbs)}满足以下要求的${parts.component}：${requirements}。`,
    ];
    if (rng.chance(0.6)) {
      paragraphs.push(
        `揭榜方需在${rng.int(6, 24)}个月内完成${rng.pick(SHARED.deliverables)}，并在${rng.pick(theme.applications)}完成现场验证；${rng.pick(SHARED.conditions)}。`,
      );
    }
    const status = rng.weighted([
      ['PUBLISHED', 55], ['EVALUATING', 10], ['AWARDED', 8], ['CONTRACTED', 7], ['COMPLETED', 6], ['NO_WINNER', 3],
      ['SUBMITTED', 4], ['DRAFT', 4], ['REJECTED', 2], ['CANCELLED', 1],
    ] as const);
    const confidentiality = rng.chance(0.2) ? 'NDA' : 'PUBLIC';
    const createdAt = rng.int(EPOCH_FROM, EPOCH_TO);
    const publishedAt = PUBLISHED_STATUSES.has(status) ? createdAt + rng.int(3, 20) * 86400 : null;
    const id = rng.uuid();
    yield {
      id,
      title: challengeTitle(rng, theme, parts),
      summary,
      keywords: [...new Set([parts.component, m1, parts.material, parts.app, m2])].slice(0, rng.int(3, 5)),
      // Same rule as challengeDocument: the details of an NDA challenge are not indexed.
      statement: confidentiality === 'PUBLIC' ? paragraphs.join('\n') : '',
      indicators: confidentiality === 'PUBLIC' ? targets.map(({ t, v }) => indicatorField(t, v)) : [],
      fieldCode: theme.leaf,
      fieldCodes: withAncestors(theme.leaf),
      regionCode: owner.regionCode,
      status,
      confidentiality,
      targetTrl: rng.int(4, 9),
      bounty: rng.int(10, 500) * 10_000,
      deadline: (publishedAt ?? createdAt) + rng.int(30, 150) * 86400,
      publishedAt,
      createdAt,
      ownerOrganizationId: owner.id,
      ownerName: owner.name,
    };
  }
}

/** m synthetic challenge documents (ChallengeDocument of server/src/search/documents.ts). */
export function generateChallengeDocuments(m: number, seed: number): ChallengeDocument[] {
  if (!Number.isInteger(m) || m < 0) throw new RangeError(`m must be a non-negative integer (got ${m})`);
  const docs: ChallengeDocument[] = [];
  const stream = challengeDocumentStream(seed);
  for (let i = 0; i < m; i++) docs.push(stream.next().value as ChallengeDocument);
  return docs;
}

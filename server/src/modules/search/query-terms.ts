import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict';
import type { CorpusStats } from './term-statistics';

// Loading the dictionaries takes ~0.3 s and ~50 MB: once per process, on first use.
let jieba: Jieba | undefined;
let bundledIdf: TfIdf | undefined;

export function segmenter(): Jieba {
  return (jieba ??= Jieba.withDict(dict));
}

function bundledTfIdf(): TfIdf {
  return (bundledIdf ??= TfIdf.withDict(idf));
}

/** Part-of-speech tags (jieba's ICTCLAS set) of words that carry no subject matter: numerals, measure words,
 * time and direction words, adverbs, prepositions, conjunctions, particles, pronouns, interjections. */
const FUNCTION_TAG = /^(m|q|t|f|d|p|c|u|r|y|e|o|w|k|h|zg)/;

/** Words that survive the tag filter but say nothing about the technology: boilerplate of briefs and listings. */
const STOP_WORDS = new Set([
  '我们', '我司', '公司', '本公司', '企业', '单位', '揭榜方', '发榜方', '揭榜', '发榜', '甲方', '乙方', '双方', '团队',
  '希望', '需要', '要求', '提供', '进行', '实现', '完成', '开展', '具备', '具有', '能够', '可以', '应当', '必须',
  '已经', '现有', '目前', '通过', '采用', '利用', '基于', '针对', '用于', '以及', '同时', '其中', '包括', '相关',
  '主要', '一种', '一套', '不少于', '不低于', '不大于', '不超过', '以上', '以下', '左右', '问题', '方案', '方法',
  '技术', '研究', '开发', '研制', '项目', '产品', '工作', '情况', '方面', '能力', '效果', '水平', '提高', '提升',
  '降低', '优先', '考虑', '国内', '国外', '导致', '出现', '影响', '使用', '形成', '达到', '满足', '保证', '确保',
  '配合', '负责', '承担', '给出', '得到', '存在', '成为', '作为', '选择', '建立', '支持', '服务', '合作', '获得',
  '已有', '成果', '应用', '实际', '整体', '全部', '部分', '多个', '各类', '以及', '等等', '此外', '因此', '但是',
]);

/** Units and other short Latin tokens that match everywhere. */
const STOP_LATIN = new Set([
  'mm', 'cm', 'km', 'kg', 'kw', 'mw', 'kv', 'kva', 'mpa', 'gpa', 'kpa', 'db', 'dbm', 'hz', 'khz', 'mhz', 'ghz', 'ppm',
  'ppb', 'min', 'ms', 'ns', 'nm', 'um', 'μm', 'ml', 'mg', 'kwh', 'mah', 'wh', 'rpm', 'the', 'and', 'for', 'with', 'of',
]);

const CJK = /[\u3400-\u9fff]/g;
const LATIN = /[a-z]/;

/** Case-folded form under which terms are compared and counted. */
export function normalizeTerm(word: string): string {
  return word.trim().toLowerCase();
}

/** Whether a segmented word can be a query term: two or more Chinese characters, or a Latin name (ROV, TC4). */
export function isMeaningful(word: string, tag?: string): boolean {
  if (tag && FUNCTION_TAG.test(tag)) return false;
  if (STOP_WORDS.has(word) || STOP_LATIN.has(word)) return false;
  const cjk = word.match(CJK)?.length ?? 0;
  if (cjk >= 2) return true;
  if (cjk === 1) return false;
  return LATIN.test(word) && word.length >= 2 && /^[a-z0-9.+\-/]+$/.test(word);
}

export interface SourceField {
  text: string;
  /** How much an occurrence here counts: a keyword or the title says more than a sentence of the statement. */
  weight: number;
}

export interface QueryTerm {
  term: string;
  /** The term's importance for this query: weighted frequency (sublinear) times IDF. */
  weight: number;
  /** Inverse document frequency over the searched corpus (or the bundled dictionary's, as a fallback). */
  idf: number;
  /** Weighted occurrences in the source text. */
  tf: number;
}

export interface ExtractOptions {
  /** Let jieba's HMM guess words missing from its dictionary (e.g. 充油): more recall, more junk. */
  hmm?: boolean;
  /** How many terms to keep. */
  max?: number;
}

/** The meaningful words of a text, with their part of speech filtered, case-folded. */
export function meaningfulWords(text: string, hmm = false): string[] {
  return segmenter()
    .tag(text, hmm)
    .map(({ word, tag }) => ({ word: normalizeTerm(word), tag }))
    .filter(({ word, tag }) => isMeaningful(word, tag))
    .map(({ word }) => word);
}

/**
 * The key terms of a source text (a challenge, a capability, a whole profile), best first: jieba words minus
 * function words, weighted by (1 + ln weighted frequency) × IDF over the indexed records. A word no indexed
 * record contains cannot help a search and is dropped. Without corpus statistics the bundled jieba IDF
 * dictionary ranks the words instead.
 */
export function extractTerms(fields: SourceField[], stats: CorpusStats | null, options: ExtractOptions = {}): QueryTerm[] {
  const max = options.max ?? 30;
  const frequency = new Map<string, number>();
  for (const field of fields) {
    for (const word of meaningfulWords(field.text, options.hmm ?? false)) frequency.set(word, (frequency.get(word) ?? 0) + field.weight);
  }
  const terms: QueryTerm[] = [];
  if (stats) {
    for (const [term, tf] of frequency) {
      const df = stats.documentFrequency(term);
      if (df === 0) continue;
      const termIdf = stats.idf(term);
      terms.push({ term, tf, idf: termIdf, weight: (1 + Math.log(tf)) * termIdf });
    }
  } else {
    const text = fields.map((field) => Array(Math.max(1, Math.round(field.weight))).fill(field.text).join('\n')).join('\n');
    for (const { keyword, weight } of bundledTfIdf().extractKeywords(segmenter(), text, max * 2)) {
      const term = normalizeTerm(keyword);
      const tf = frequency.get(term);
      if (tf === undefined) continue;
      terms.push({ term, tf, idf: weight / Math.max(tf, 1), weight });
    }
  }
  return terms.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term)).slice(0, max);
}

export interface AnchoredQuery {
  /** The term this search must contain: Meilisearch keeps the first word mandatory under matchingStrategy 'last'. */
  anchor: string;
  words: string[];
  q: string;
}

export interface QueryPlanOptions {
  /** How many searches, each anchored on a different term. */
  anchors?: number;
  /** Meilisearch reads only the first 10 words of a query. */
  maxWords?: number;
  /** Anchors are the rarest (highest IDF) among this many top terms. */
  anchorPool?: number;
  /**
   * How many of the anchors are instead the most common (lowest IDF) of the top terms: when the rarest words
   * all come from one record, searches led by them find that record five times and nothing else.
   */
  broadAnchors?: number;
}

/**
 * Several searches, each led by a different rare term followed by the other top terms: one search per query
 * stalls because its first word is mandatory, so a relevant record lacking that word is never found.
 */
export function anchoredQueries(terms: QueryTerm[], options: QueryPlanOptions = {}): AnchoredQuery[] {
  const anchors = options.anchors ?? 5;
  const maxWords = options.maxWords ?? 10;
  const pool = terms.slice(0, options.anchorPool ?? 8);
  const broad = Math.min(options.broadAnchors ?? 2, anchors);
  const byRarity = [...pool].sort((a, b) => b.idf - a.idf || b.weight - a.weight);
  const rare = byRarity.slice(0, anchors - broad);
  const common = byRarity.slice(anchors - broad).reverse().slice(0, broad);
  return [...rare, ...common].map(({ term: anchor }) => {
    const words = [anchor];
    for (const { term } of terms) {
      if (words.length >= maxWords) break;
      if (term !== anchor) words.push(term);
    }
    return { anchor, words, q: words.join(' ') };
  });
}

import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { normalizeTerm, segmenter } from './query-terms';

/**
 * Document frequencies of words over a corpus (the indexed records of one index), for IDF weights. Counted
 * on jieba's search-mode segmentation, which also emits the parts of compound words, so a query word is found
 * inside a longer word of a record (推进器 in 电动推进器).
 */
export class CorpusStats {
  private constructor(
    readonly docCount: number,
    private readonly frequencies: Map<string, number>,
  ) {}

  static fromTexts(texts: Iterable<string>): CorpusStats {
    const counter = new FrequencyCounter();
    for (const text of texts) counter.add(text);
    return counter.stats();
  }

  /**
   * The same statistics from pages of texts (e.g. read from PostgreSQL page by page), segmenting `slice` texts at
   * a time between turns of the event loop: at 100k records jieba needs seconds in all, and requests must go on
   * being served meanwhile.
   */
  static async fromPages(pages: AsyncIterable<readonly string[]>, slice = 100): Promise<CorpusStats> {
    const counter = new FrequencyCounter();
    for await (const page of pages) {
      for (let i = 0; i < page.length; i += slice) {
        for (let j = i; j < Math.min(i + slice, page.length); j++) counter.add(page[j]);
        await yieldToEventLoop();
      }
    }
    return counter.stats();
  }

  documentFrequency(term: string): number {
    return this.frequencies.get(normalizeTerm(term)) ?? 0;
  }

  /** BM25's IDF, always positive: ln(1 + (N − df + 0.5) / (df + 0.5)). */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  static fromCounts(docCount: number, frequencies: Map<string, number>): CorpusStats {
    return new CorpusStats(docCount, frequencies);
  }
}

class FrequencyCounter {
  private readonly frequencies = new Map<string, number>();
  private docCount = 0;

  add(text: string): void {
    this.docCount++;
    const words = new Set(segmenter().cutForSearch(text, false).map(normalizeTerm));
    for (const word of words) if (word) this.frequencies.set(word, (this.frequencies.get(word) ?? 0) + 1);
  }

  stats(): CorpusStats {
    return CorpusStats.fromCounts(this.docCount, this.frequencies);
  }
}

/** Where a cache entry's statistics come from. */
export interface CorpusSource {
  /** The corpus texts, page by page. */
  pages(): AsyncIterable<readonly string[]>;
  /** A cheap summary of the corpus (row count, last change): while it is unchanged, the statistics are current. */
  fingerprint(): Promise<string>;
}

interface Entry {
  stats: Promise<CorpusStats>;
  fingerprint: string | null;
  checkedAt: number;
  refreshing: boolean;
}

/**
 * Corpus statistics per index, computed once and checked again after `ttlMs`: when the corpus's fingerprint
 * changed, the old statistics keep serving while new ones are computed in the background (word weights drift
 * slowly: a few minutes of lag changes no ranking that matters); when it did not, nothing is recomputed.
 */
export class CorpusStatsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs = 10 * 60_000) {}

  async get(key: string, source: CorpusSource): Promise<CorpusStats> {
    const entry = this.entries.get(key);
    if (!entry) return this.load(key, source);
    if (Date.now() - entry.checkedAt > this.ttlMs && !entry.refreshing) {
      entry.refreshing = true;
      this.refresh(key, entry, source).catch(() => {
        entry.refreshing = false;
      });
    }
    return entry.stats;
  }

  /** Starts computing an index's statistics ahead of the first match (at start-up). */
  warm(key: string, source: CorpusSource): Promise<CorpusStats> {
    return this.get(key, source);
  }

  /** Forgets everything (tests that rewrite the corpus). */
  clear(): void {
    this.entries.clear();
  }

  private async refresh(key: string, entry: Entry, source: CorpusSource): Promise<void> {
    const fingerprint = await source.fingerprint();
    if (fingerprint === entry.fingerprint) {
      this.entries.set(key, { ...entry, checkedAt: Date.now(), refreshing: false });
      return;
    }
    await this.load(key, source, fingerprint);
  }

  private load(key: string, source: CorpusSource, knownFingerprint?: string): Promise<CorpusStats> {
    // The fingerprint is read before the texts: a change committed meanwhile makes the next check recompute.
    const fingerprint = knownFingerprint !== undefined ? Promise.resolve(knownFingerprint) : source.fingerprint();
    const stats = fingerprint.then(() => CorpusStats.fromPages(source.pages()));
    const previous = this.entries.get(key);
    // The first load is shared by concurrent callers; a refresh replaces the entry only once it succeeded.
    if (!previous) this.entries.set(key, { stats, fingerprint: null, checkedAt: Date.now(), refreshing: false });
    Promise.all([stats, fingerprint]).then(
      ([, value]) => this.entries.set(key, { stats, fingerprint: value, checkedAt: Date.now(), refreshing: false }),
      () => {
        if (this.entries.get(key)?.stats === stats) this.entries.delete(key);
      },
    );
    return stats;
  }
}

/** The process-wide cache used by the matching service. */
export const corpusStatsCache = new CorpusStatsCache();

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
    const frequencies = new Map<string, number>();
    let docCount = 0;
    for (const text of texts) {
      docCount++;
      const words = new Set(segmenter().cutForSearch(text, false).map(normalizeTerm));
      for (const word of words) if (word) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
    }
    return new CorpusStats(docCount, frequencies);
  }

  documentFrequency(term: string): number {
    return this.frequencies.get(normalizeTerm(term)) ?? 0;
  }

  /** BM25's IDF, always positive: ln(1 + (N − df + 0.5) / (df + 0.5)). */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }
}

interface Entry {
  stats: Promise<CorpusStats>;
  loadedAt: number;
  refreshing: boolean;
}

/**
 * Corpus statistics per index, computed once and kept for `ttlMs`; after that the old statistics keep
 * serving while new ones are computed in the background (word weights drift slowly: a few minutes of lag
 * changes no ranking that matters).
 */
export class CorpusStatsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs = 10 * 60_000) {}

  async get(key: string, loadTexts: () => Promise<Iterable<string>>): Promise<CorpusStats> {
    const entry = this.entries.get(key);
    if (!entry) return this.load(key, loadTexts);
    if (Date.now() - entry.loadedAt > this.ttlMs && !entry.refreshing) {
      entry.refreshing = true;
      this.load(key, loadTexts).catch(() => {
        entry.refreshing = false;
      });
    }
    return entry.stats;
  }

  /** Forgets everything (tests that rewrite the corpus). */
  clear(): void {
    this.entries.clear();
  }

  private load(key: string, loadTexts: () => Promise<Iterable<string>>): Promise<CorpusStats> {
    const stats = loadTexts().then((texts) => CorpusStats.fromTexts(texts));
    const previous = this.entries.get(key);
    // The first load is shared by concurrent callers; a refresh replaces the entry only once it succeeded.
    if (!previous) this.entries.set(key, { stats, loadedAt: Date.now(), refreshing: false });
    stats.then(
      () => this.entries.set(key, { stats, loadedAt: Date.now(), refreshing: false }),
      () => {
        if (this.entries.get(key)?.stats === stats) this.entries.delete(key);
      },
    );
    return stats;
  }
}

/** The process-wide cache used by the matching service. */
export const corpusStatsCache = new CorpusStatsCache();

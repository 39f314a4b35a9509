const CJK_RUN = /[\u3400-\u9fff]+|[a-z0-9]+(?:[.\-+][a-z0-9]+)*/g;

/**
 * Character bigrams of the Chinese runs of a text (a lone character stands for itself) and whole Latin or
 * numeric words, case-folded. Bigrams need no dictionary, so they still match where jieba and Meilisearch
 * segment a phrase differently.
 */
export function charBigrams(text: string): string[] {
  const tokens: string[] = [];
  for (const run of text.toLowerCase().match(CJK_RUN) ?? []) {
    if (!/[\u3400-\u9fff]/.test(run)) {
      tokens.push(run);
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
  }
  return tokens;
}

export interface Bm25Options {
  k1?: number;
  b?: number;
}

/**
 * Okapi BM25 of each document for a weighted bag of query tokens; IDF and average length come from the
 * given documents themselves (a rerank over a candidate set needs no corpus of its own).
 */
export function bm25Scores(query: ReadonlyMap<string, number>, documents: ReadonlyArray<readonly string[]>, options: Bm25Options = {}): number[] {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const n = documents.length;
  if (n === 0) return [];
  const termFrequencies = documents.map((tokens) => {
    const counts = new Map<string, number>();
    for (const token of tokens) if (query.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  });
  const documentFrequency = new Map<string, number>();
  for (const counts of termFrequencies) for (const token of counts.keys()) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  const averageLength = documents.reduce((sum, tokens) => sum + tokens.length, 0) / n || 1;
  return termFrequencies.map((counts, i) => {
    const lengthNorm = 1 - b + (b * documents[i].length) / averageLength;
    let score = 0;
    for (const [token, tf] of counts) {
      const df = documentFrequency.get(token)!;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += query.get(token)! * idf * ((tf * (k1 + 1)) / (tf + k1 * lengthNorm));
    }
    return score;
  });
}

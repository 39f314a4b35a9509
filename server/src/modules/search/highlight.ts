/**
 * Highlights are HTML: the record's text escaped, matched words wrapped in <em>. Meilisearch does not escape,
 * so it marks matches with private-use characters and the markup is added here, after escaping: a title
 * containing "<script>" stays text.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';
export const ELLIPSIS = '…';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Meilisearch `_formatted` text (marked with MARK_START/MARK_END) as escaped HTML with <em>. */
export function markedToHtml(marked: string): string {
  // Meilisearch marks the parts of one word separately (推进|器): one <em> reads better.
  return escapeHtml(marked.replaceAll(MARK_END + MARK_START, '')).replaceAll(MARK_START, '<em>').replaceAll(MARK_END, '</em>');
}

/** Whether Meilisearch marked a match in this `_formatted` text. */
export function hasMark(marked: string | undefined | null): boolean {
  return !!marked && marked.includes(MARK_START);
}

/** Non-overlapping occurrences of the terms in the text (case-insensitive), longest term first at each place. */
function occurrences(text: string, terms: readonly string[]): Array<[number, number]> {
  const lower = text.toLowerCase();
  const sorted = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const taken: Array<[number, number]> = [];
  for (const term of sorted) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      const end = at + term.length;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}

/**
 * The text as escaped HTML with every occurrence of the terms in <em>; cropped to `radius` characters around
 * the first occurrence when `radius` is given. Null when no term occurs.
 */
export function highlightTerms(text: string, terms: readonly string[], radius?: number): string | null {
  const found = occurrences(text, terms);
  if (found.length === 0) return null;
  let start = 0;
  let end = text.length;
  if (radius !== undefined) {
    start = Math.max(0, found[0][0] - radius);
    end = Math.min(text.length, found[0][1] + radius * 2);
  }
  let html = start > 0 ? ELLIPSIS : '';
  let cursor = start;
  for (const [s, e] of found) {
    if (s < start || e > end) continue;
    html += escapeHtml(text.slice(cursor, s)) + '<em>' + escapeHtml(text.slice(s, e)) + '</em>';
    cursor = e;
  }
  html += escapeHtml(text.slice(cursor, end)) + (end < text.length ? ELLIPSIS : '');
  return html;
}

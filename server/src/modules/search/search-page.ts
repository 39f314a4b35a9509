import { SearchError } from './search.errors';
import { SEARCH_MAX_OFFSET, SEARCH_PAGE_MAX, SEARCH_TEXT_MAX_LENGTH } from './search.inputs';

/** Text and paging of a search, as given (the service checks them again: not every caller is GraphQL). */
export interface SearchPage {
  text?: string | null;
  first: number;
  offset?: number | null;
  after?: string | null;
}

export interface Page {
  first: number;
  offset: number;
}

/** The trimmed search text; empty means browsing. */
export function searchText(text: string | null | undefined): string {
  const trimmed = (text ?? '').trim();
  if (trimmed.length > SEARCH_TEXT_MAX_LENGTH) throw SearchError.textTooLong(SEARCH_TEXT_MAX_LENGTH);
  return trimmed;
}

/** Page size and offset from `first` and either `offset` or `after`. */
export function pageOf(input: SearchPage): Page {
  const { first } = input;
  if (!Number.isInteger(first) || first < 1 || first > SEARCH_PAGE_MAX) throw SearchError.badPage('first', `must be between 1 and ${SEARCH_PAGE_MAX}`);
  if (input.offset != null && input.after != null) throw SearchError.badPage('offset', 'cannot be combined with after');
  const offset = input.after != null ? decodeCursor(input.after) + 1 : (input.offset ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || offset > SEARCH_MAX_OFFSET) throw SearchError.badPage('offset', `must be between 0 and ${SEARCH_MAX_OFFSET}`);
  return { first, offset };
}

/** Opaque cursors: the position of a hit in the result list (search results have no stable key to seek from). */
export function encodeCursor(position: number): string {
  return Buffer.from(JSON.stringify(['search', position])).toString('base64url');
}

function decodeCursor(cursor: string): number {
  try {
    const [kind, position] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (kind === 'search' && Number.isInteger(position) && position >= 0 && position < SEARCH_MAX_OFFSET) return position;
  } catch {
    // reported below
  }
  throw SearchError.badCursor();
}

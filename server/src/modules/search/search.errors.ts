import { DomainError, ErrorCode } from '../../errors';

export enum SearchErrorReason {
  TEXT_TOO_LONG = 'TEXT_TOO_LONG',
  BAD_PAGE = 'BAD_PAGE',
  BAD_CURSOR = 'BAD_CURSOR',
  BAD_RANGE = 'BAD_RANGE',
  ONE_SOURCE_REQUIRED = 'ONE_SOURCE_REQUIRED',
}

export class SearchError extends DomainError {
  readonly domain = 'search';

  static textTooLong(max: number) {
    return new SearchError(ErrorCode.BAD_USER_INPUT, SearchErrorReason.TEXT_TOO_LONG, `The search text is limited to ${max} characters.`, {
      fields: [{ field: 'text', message: `must be at most ${max} characters long` }],
    });
  }
  static badPage(field: string, message: string) {
    return new SearchError(ErrorCode.BAD_USER_INPUT, SearchErrorReason.BAD_PAGE, `${field} ${message}`, { fields: [{ field, message }] });
  }
  static badCursor() {
    return new SearchError(ErrorCode.BAD_USER_INPUT, SearchErrorReason.BAD_CURSOR, 'after is not a cursor returned by this search.', {
      fields: [{ field: 'after', message: 'is not a cursor returned by this search' }],
    });
  }
  static badRange(field: string, other: string) {
    return new SearchError(ErrorCode.BAD_USER_INPUT, SearchErrorReason.BAD_RANGE, `${field} must not be greater than ${other}.`, {
      fields: [{ field, message: `must not be greater than ${other}` }],
    });
  }
  static oneSourceRequired() {
    return new SearchError(
      ErrorCode.BAD_USER_INPUT,
      SearchErrorReason.ONE_SOURCE_REQUIRED,
      'Give either capabilityId (challenges for one capability) or organizationId (for all capabilities of an institute), not both.',
      { fields: [{ field: 'capabilityId', message: 'exactly one of capabilityId and organizationId is required' }] },
    );
  }
}

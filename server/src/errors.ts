import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { DriverException } from '@mikro-orm/core';
import { isSearchUnavailable } from './search/meili';

/** The codes a client can rely on, in `errors[].extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  BATCHING_NOT_ALLOWED = 'BATCHING_NOT_ALLOWED',
  /** A service the request needs (Meilisearch) did not answer: try again later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Base of every domain error. Each domain subclasses it with its own reason enum (e.g. CREDIT_CODE_TAKEN),
 * and `formatError` below maps it to the public code; services throw these, never GraphQLError.
 */
export abstract class DomainError extends Error {
  abstract readonly domain: string;
  constructor(
    public readonly code: ErrorCode,
    public readonly reason: string,
    message: string,
    public readonly details: { fields?: FieldProblem[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Errors of no particular domain: paging arguments, authorization, missing rows. */
export class CommonError extends DomainError {
  readonly domain = 'common';

  static unauthenticated(message = 'Please sign in first.') {
    return new CommonError(ErrorCode.UNAUTHENTICATED, 'NOT_SIGNED_IN', message);
  }
  static forbidden(message = 'You are not allowed to do this.') {
    return new CommonError(ErrorCode.FORBIDDEN, 'NOT_ALLOWED', message);
  }
  static notFound(what: string, id: string) {
    return new CommonError(ErrorCode.NOT_FOUND, 'NOT_FOUND', `${what} ${id} does not exist or is not visible to you.`);
  }
  static badInput(field: string, message: string) {
    return new CommonError(ErrorCode.BAD_USER_INPUT, 'INVALID_FIELD', `${field} ${message}`, {
      fields: [{ field, message }],
    });
  }
}

/** Codes raised by Apollo or graphql-js itself that are already meaningful to clients. */
const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
]);

function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * The single place where errors become what a client sees. Domain errors keep their code, reason and
 * details; validation errors name their fields; anything unexpected is logged and reported without
 * stack trace, SQL or internal message.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);

    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, reason: original.reason, ...original.details },
      };
    }

    if (original instanceof ArgumentValidationError) {
      // Arguments are wrapped as `input`, `args`...: keep the argument name out of the field path for inputs.
      const fields = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]).map((p) => ({
        ...p,
        field: p.field.replace(/^input\./, ''),
      }));
      return {
        message: `Invalid input: ${fields.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'VALIDATION_FAILED', fields },
      };
    }

    // A malformed id (not a UUID) reaching PostgreSQL: the client's mistake, not ours.
    if (original instanceof DriverException && (original as DriverException & { code?: string }).code === '22P02') {
      return {
        message: 'An id in the request is malformed: ids are UUIDs as returned by this API.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'MALFORMED_ID' },
      };
    }

    if (formatted.extensions?.queryLimit) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.QUERY_TOO_COMPLEX } };
    }

    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }

    // Meilisearch down or its index missing: searches fail until it is back; writes never need it (the outbox).
    if (isSearchUnavailable(original)) {
      logger.warn({ err: original, path: formatted.path }, 'search unavailable');
      return {
        message: 'Search is unavailable right now: the search service did not answer. Please try again in a minute.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'SEARCH_UNAVAILABLE' },
      };
    }

    logger.error({ err: original instanceof Error ? original : error, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Internal server error. The problem was logged; please try again later.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** A GraphQLError for failures outside resolvers (validation rules, HTTP middleware). */
export function requestError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

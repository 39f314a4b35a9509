import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, fieldExtensionsEstimator, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors';
import { MAX_PAGE_SIZE } from './connection';

/** Marks a rejected query so formatError can give it the QUERY_TOO_COMPLEX code (Apollo overwrites `code`). */
export type QueryLimit = 'DEPTH' | 'ALIASES' | 'COMPLEXITY';

function limitError(limit: QueryLimit, message: string, max: number, actual: number) {
  return new GraphQLError(message, { extensions: { queryLimit: limit, max, actual } });
}

/** Rejects operations nested deeper than `max` fields (fragments are followed, introspection included). */
export function depthLimitRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): number => {
      if (!selectionSet) return 0;
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, visiting) : 1);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
        } else {
          const name = selection.name.value;
          // Fragment cycles are reported by graphql's own rule; just don't loop on them here.
          if (visiting.has(name)) continue;
          deepest = Math.max(deepest, depthOf(fragments.get(name)?.selectionSet, new Set([...visiting, name])));
        }
        if (deepest > max) return deepest; // no need to measure the rest of a query we refuse anyway
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            limitError('DEPTH', `Query is nested too deeply: more than ${max} levels. Split it into smaller queries.`, max, depth),
          );
        }
      },
    };
  };
}

/** Rejects documents with more than `max` aliased fields, a cheap way to multiply a query's cost. */
export function aliasLimitRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases > max && !reported) {
          reported = true;
          context.reportError(limitError('ALIASES', `Query uses more than ${max} aliases.`, max, aliases));
        }
      },
    };
  };
}

/**
 * Connections cost their page size times their children (their `edges` list is already counted by
 * `first`); other lists assume ten items.
 */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  // Pages are capped at MAX_PAGE_SIZE by argument validation, which reports an oversized `first` as
  // BAD_USER_INPUT naming it: estimate with the cap so that message, not a cost refusal, reaches the client.
  if (typeof args.first === 'number') return 1 + Math.min(Math.max(args.first, 0), MAX_PAGE_SIZE) * Math.max(childComplexity, 1);
  if (field.name === 'edges') return 1 + childComplexity;
  let type = field.type;
  if (isNonNullType(type)) type = type.ofType;
  if (isListType(type) && getNamedType(type)) return 1 + 10 * Math.max(childComplexity, 1);
  return undefined;
};

/** Estimates remembered per parsed document, for this many variable sets each. */
const ESTIMATES_PER_DOCUMENT = 50;
/** Variables longer than this (a brief's whole text, an import) are not worth remembering: they rarely repeat. */
const MAX_REMEMBERED_VARIABLES = 1000;

/**
 * Estimates each operation's cost before it runs and refuses those above `max`. The estimate walks the whole
 * query; Apollo hands the same parsed document to every request with the same query text (its document cache),
 * so an estimate is remembered per document, operation and variables.
 */
export function complexityLimitPlugin(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  const estimates = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const key = JSON.stringify([operationName ?? null, request.variables ?? {}]);
          const known = estimates.get(document) ?? new Map<string, number>();
          let complexity = known.get(key);
          if (complexity === undefined) {
            complexity = estimate(schema, document, operationName, request.variables);
            if (key.length <= MAX_REMEMBERED_VARIABLES) {
              if (known.size >= ESTIMATES_PER_DOCUMENT) known.delete(known.keys().next().value!);
              known.set(key, complexity);
              estimates.set(document, known);
            }
          }
          if (complexity > max) {
            throw new GraphQLError(
              `Query is too expensive: estimated cost ${complexity}, the limit is ${max}. Ask for fewer items or fields.`,
              { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, queryLimit: 'COMPLEXITY', max, actual: complexity, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

function estimate(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables: variables ?? {},
      estimators: [fieldExtensionsEstimator(), listEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // getComplexity coerces the variables before graphql-js would: report a bad one as the client's error.
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    throw error;
  }
}

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Yuan with at most two decimals, up to 999,999,999,999.99 (fits PostgreSQL numeric(14,2)). */
const MONEY_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

function parseMoney(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !MONEY_PATTERN.test(text.trim())) {
    throw new GraphQLError(
      `Money must be a non-negative amount in yuan with at most two decimals, as a string like "500000.00" (got ${JSON.stringify(value)}).`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return text.trim();
}

/**
 * Money is exact: numeric in PostgreSQL, a decimal string in TypeScript and on the wire (never a float), in 元.
 * Clients format 万元/亿元 themselves.
 */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'An exact amount in yuan (元) as a decimal string, e.g. "1250000.00".',
  // PostgreSQL returns numeric(14,2) as a string with two decimals already.
  serialize: (value) => {
    if (typeof value !== 'string') throw new TypeError(`Money is kept as a decimal string, got ${typeof value}`);
    return value;
  },
  parseValue: parseMoney,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseMoney(ast.kind === Kind.STRING ? ast.value : Number(ast.value));
    throw new GraphQLError('Money must be given as a string like "500000.00".', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

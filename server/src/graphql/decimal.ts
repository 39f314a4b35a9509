import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL_PATTERN = /^-?\d{1,30}(\.\d{1,10})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : value;
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text)) {
    throw new GraphQLError(`Decimal must be given as a string like "35000000000.00" (got ${JSON.stringify(value)}).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text;
}

/**
 * An exact decimal of any size as a string: sums and targets that outgrow Money's numeric(14,2) (350亿元 is
 * fine, a ten-year total may not be), and shares such as "0.4235". Never a float on the wire.
 */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal as a string (amounts in yuan, counts, shares), e.g. "35000000000.00" or "0.4235".',
  serialize: (value) => {
    if (typeof value === 'string') return value;
    if (typeof value === 'object' && value !== null && 'toFixed' in value) return String(value);
    throw new TypeError(`Decimal is kept as a string, got ${typeof value}`);
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be given as a string like "35000000000.00".', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

/** The README's GraphQL examples are what newcomers paste first: they must stay valid against the schema. */
describe('README GraphQL examples', () => {
  const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../schema/schema.graphql'), 'utf8'));
  const readme = fs.readFileSync(path.join(__dirname, '../README.md'), 'utf8');
  const operations = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .flatMap((block) => block[1].split(/\n(?=mutation |\{ )/))
    .map((op) =>
      op
        .replace(/^\s*#.*$/gm, '') // comment lines
        .replace(/#[^\n"]*$/gm, '') // trailing comments
        .replace(/"…"/g, '"00000000-0000-4000-8000-000000000000"') // placeholders for ids
        .replace(/"……"/g, '"x"')
        .replace(/, …/g, '')
        .trim(),
    )
    .filter(Boolean);

  it('has examples', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations.map((op) => [op.slice(0, 60).replace(/\s+/g, ' '), op]))('%s… is valid', (_label, op) => {
    expect(validate(schema, parse(op)).map((e) => e.message)).toEqual([]);
  });
});

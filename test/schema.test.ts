import fs from 'node:fs';
import { printSortedSchema, SCHEMA_FILE } from '../server/src/graphql/print-schema';

describe('schema/schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema:print` after changing resolvers)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printSortedSchema());
  });

  it('exposes no secret or internal column', async () => {
    const schema = await printSortedSchema();
    expect(schema).not.toMatch(/passwordHash|password_hash/);
    expect(schema).not.toMatch(/LoginThrottle|lockedUntil/);
  });
});

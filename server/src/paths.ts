import fs from 'node:fs';
import path from 'node:path';

/** The repository root, found the same way from server/src (jest, scripts) and from dist/ (compiled). */
function findRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json')) || dir.endsWith(`${path.sep}dist`)) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const ROOT_DIR = findRoot(__dirname);
export const MIGRATIONS_SOURCE_DIR = path.join(ROOT_DIR, 'server/src/db/migrations');
export const SCHEMA_FILE = path.join(ROOT_DIR, 'schema/schema.graphql');

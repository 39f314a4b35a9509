import 'reflect-metadata';
import fs from 'node:fs';
import { printSortedSchema, SCHEMA_FILE } from '../server/src/graphql/print-schema';

printSortedSchema()
  .then((schema) => {
    fs.writeFileSync(SCHEMA_FILE, schema);
    console.log(`Wrote ${SCHEMA_FILE}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

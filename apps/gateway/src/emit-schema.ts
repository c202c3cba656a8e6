import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchemaFile } from './schema-file';

// Writes the committed contract between the API and its clients.
const path = process.argv[2] ?? 'libs/shared/graphql-schema/schema.graphql';
printSchemaFile().then((sdl) => {
  writeFileSync(path, sdl);
  process.stdout.write(`wrote ${path}\n`);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSchemaFile } from '../src/schema-file';

describe('the committed GraphQL schema', () => {
  it('matches what the gateway builds (run `npm run schema:emit` when this fails)', async () => {
    const committed = readFileSync(join(__dirname, '../../../libs/shared/graphql-schema/schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaFile());
  });
});

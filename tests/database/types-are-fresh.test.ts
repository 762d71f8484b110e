// web/lib/database.types.ts is an artifact of the migrations: regenerated here and compared byte for byte.
import { readFile } from 'node:fs/promises';
import { expect, inject, it } from 'vitest';
import { generateTypes, typesFile } from '../../scripts/db/generate-types.ts';

it('the committed database types are what postgres-meta generates from the migrated database', async () => {
  const committed = await readFile(typesFile, 'utf8').catch(() => '(web/lib/database.types.ts is missing)');
  const generated = await generateTypes(inject('databaseUrl'));
  expect(committed, 'web/lib/database.types.ts is stale: run `npm run db:types` and commit it').toBe(generated);
});

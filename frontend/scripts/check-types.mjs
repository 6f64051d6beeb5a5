// Fails when src/types/api.d.ts is not what openapi-typescript makes of ../openapi.yaml,
// so the committed types can never drift from the API contract.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, '..', 'openapi.yaml');
const committed = join(root, 'src', 'types', 'api.d.ts');
const cli = join(dirname(createRequire(import.meta.url).resolve('openapi-typescript/package.json')), 'bin', 'cli.js');

const dir = mkdtempSync(join(tmpdir(), 'sendhub-api-types-'));
try {
  const fresh = join(dir, 'api.d.ts');
  execFileSync(process.execPath, [cli, spec, '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  let current;
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== readFileSync(fresh, 'utf8')) {
    console.error(
      'check:types: src/types/api.d.ts does not match ../openapi.yaml.\n' +
        'Run `npm run gen:types` and commit the result (never edit api.d.ts by hand).',
    );
    process.exit(1);
  }
  console.log('check:types: src/types/api.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

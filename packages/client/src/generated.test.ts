import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..', '..');

describe('generated client', () => {
  it('is what graphql-codegen makes from the API schema and the operations today', async () => {
    const config = parse(readFileSync(join(ROOT, 'codegen.yml'), 'utf8'));
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const [output] = await generate({ ...config, silent: true }, false);
      // When this fails: run `npm run codegen` and commit packages/client/src/generated.ts.
      expect(readFileSync(join(ROOT, output.filename), 'utf8')).toBe(output.content);
    } finally {
      process.chdir(cwd);
    }
  });
});

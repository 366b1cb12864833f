import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';

const CONSOLE = join(__dirname, '..');

describe("the console's generated operation types", () => {
  it('are what the client preset makes from the API schema and the views’ .graphql files today', async () => {
    const cwd = process.cwd();
    process.chdir(CONSOLE);
    try {
      const outputs = await generate({ ...config, silent: true } as Parameters<typeof generate>[0], false);
      // When this fails: run `node node_modules/.bin/graphql-codegen --config codegen.ts` in console/ and commit src/gql.
      for (const output of outputs) expect(readFileSync(join(CONSOLE, output.filename), 'utf8')).toBe(output.content);
    } finally {
      process.chdir(cwd);
    }
  });
});

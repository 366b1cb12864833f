/**
 * A wrong setting stops a service at start-up with one line naming the variable and what it
 * expects, and a non-zero exit: before, KAIKU_SUBGRAPH_TIMEOUT_MS=10s started a gateway that
 * answered /ready and then failed every query (a NaN timeout).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startProcess, stopProcesses, type ServiceProcess } from '@kaiku/platform/src/processes';

const dataDir = mkdtempSync(join(tmpdir(), 'kaiku-config-'));
const started: ServiceProcess[] = [];

afterAll(async () => {
  await stopProcesses(started);
  rmSync(dataDir, { recursive: true, force: true });
});

async function refusal(name: string, entry: string, args: string[], env: NodeJS.ProcessEnv) {
  const service = startProcess(name, entry, args, { KAIKU_DATA_DIR: dataDir, PORT: '0', ...env }, false);
  started.push(service);
  // 'close' comes after the process exited and its stderr ended, so every line has been read.
  await new Promise((resolve) => service.child.once('close', resolve));
  return { code: service.child.exitCode, lines: service.lastErrors.filter((line) => line.trim()) };
}

describe('a wrong setting stops the service at start-up', () => {
  it('the gateway refuses a subgraph timeout that is not whole milliseconds', async () => {
    const { code, lines } = await refusal('gateway', 'gateway/src/main.ts', [], { KAIKU_SUBGRAPH_TIMEOUT_MS: '10s' });
    expect(code).toBe(1);
    expect(lines).toEqual(['KAIKU_SUBGRAPH_TIMEOUT_MS must be a whole number of milliseconds (got "10s")']);
  });

  it('a subgraph refuses a suppression threshold that is not a number', async () => {
    const { code, lines } = await refusal('statistics', 'packages/subgraph-kit/src/run.ts', ['subgraphs/statistics'], {
      KAIKU_SUPPRESSION_THRESHOLD: 'abc',
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    });
    expect(code).toBe(1);
    expect(lines).toEqual(['KAIKU_SUPPRESSION_THRESHOLD must be a whole number of at least 1 (the smallest count published) (got "abc")']);
  });

  it('a subgraph refuses a pool of no connections', async () => {
    const { code, lines } = await refusal('cards', 'packages/subgraph-kit/src/run.ts', ['subgraphs/cards'], {
      KAIKU_DB_POOL_SIZE: '0',
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    });
    expect(code).toBe(1);
    expect(lines).toEqual(['KAIKU_DB_POOL_SIZE must be a whole number of connections, at least 1 (got "0")']);
  });
});

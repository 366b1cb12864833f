/**
 * Load from a separate process: `runLoad` starts this file as its own Node process, which
 * drives autocannon (pinned in @kaiku/bench) at one URL and prints one JSON line with the
 * figures. Latencies are taken per response (autocannon's own histogram has no p95).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { benchFile } from './child';

export interface LoadSpec {
  url: string;
  /** The JSON body posted on every request. */
  body: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx answers whose body has GraphQL errors or no data. */
  graphqlErrors: number;
}

export interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
  on(event: 'done', listener: (result: { errors: number; timeouts: number; non2xx: number; duration: number }) => void): void;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs one load in a child process and returns its figures. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...benchFile('load'), JSON.stringify(spec)], {
      cwd: join(__dirname, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`load process failed (${code}): ${err.slice(-2000)}`));
      else resolve(JSON.parse(last) as LoadResult);
    });
  });
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2]) as LoadSpec;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as (options: Record<string, unknown>) => AutocannonInstance;
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const started = performance.now();
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...spec.headers },
        body: spec.body,
        onResponse: (status: number, body: string) => {
          if (status >= 200 && status < 300 && (body.includes('"errors"') || !body.includes('"data"'))) graphqlErrors += 1;
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await new Promise<{ errors: number; timeouts: number; non2xx: number }>((resolve) => instance.on('done', resolve));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const out: LoadResult = {
    requests: latencies.length,
    seconds,
    perSecond: latencies.length / spec.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
  };
  console.log(JSON.stringify(out));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

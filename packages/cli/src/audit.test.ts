import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** scripts/audit.mjs against a stand-in advisory service on loopback (the real one is POST-only). */
describe('dependency audit script', () => {
  let server: Server;
  let answer: { status: number; body: unknown };
  let received: Record<string, string[]> = {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received = JSON.parse(body);
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** Runs the script as CI does (asynchronously: the stand-in service lives in this process). */
  function audit(env: Record<string, string> = {}): Promise<{ status: number; output: string }> {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bulk`;
    return new Promise((resolve) => {
      execFile('node', [join(__dirname, '../../../scripts/audit.mjs')], { env: { ...process.env, KAIKU_AUDIT_URL: url, KAIKU_AUDIT_REQUIRED: '', ...env } }, (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code) : 0, output: stdout + stderr }),
      );
    });
  }
  const advisory = (severity: string) => ({ id: 1, severity, title: 'Prototype pollution', url: 'https://example.org/a', vulnerable_versions: '<2.0.0' });

  it('sends every locked package version and fails on a high or critical advisory', async () => {
    answer = { status: 200, body: { express: [advisory('high')] } };
    const result = await audit();
    expect(result.status).toBe(1);
    expect(result.output).toContain('1 high or critical');
    expect(received['@apollo/gateway']).toEqual([expect.stringMatching(/^\d+\.\d+\.\d+/)]);
    answer = { status: 200, body: { express: [advisory('critical')] } };
    expect((await audit()).status).toBe(1);
  });

  it('passes with only low or moderate advisories, listing them', async () => {
    answer = { status: 200, body: { express: [advisory('moderate'), advisory('low')] } };
    const result = await audit();
    expect(result.status).toBe(0);
    expect(result.output).toContain('2 advisories, 0 high or critical');
  });

  it('warns when the service does not answer, and fails then only when the audit is required', async () => {
    answer = { status: 405, body: {} };
    const lenient = await audit();
    expect(lenient.status).toBe(0);
    expect(lenient.output).toContain('NOT audited');
    expect((await audit({ KAIKU_AUDIT_REQUIRED: '1' })).status).toBe(1);
  });
});

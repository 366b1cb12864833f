import type { Agent } from 'node:http';
import { request } from 'node:http';

/**
 * One POST over `agent`'s keep-alive sockets, for the write benches' load generators: they
 * share the machine's two cores with the platform, and global fetch (undici: a Request, Headers
 * and a body stream per call) cost about three times the CPU per request.
 */
export function postJson(url: URL, agent: Agent, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

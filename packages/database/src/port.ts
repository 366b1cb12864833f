import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Resolves true when nothing listens on the port at the given host. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/**
 * A free port for a server that starts later (a child process, a restart on the same port).
 * It is picked below the kernel's ephemeral range: a port the kernel hands out (port 0) is
 * also what it gives outgoing connections as their local port, so while the server is not
 * yet listening, a database or HTTP client connection could take it ("port in use").
 */
export async function freePort(): Promise<number> {
  const [low, high] = reservedRange();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (await isPortFree(port)) return port;
  }
  return osAssignedPort();
}

/** Ports from 10000 to just below the ephemeral range (Linux: 32768), for freePort. */
function reservedRange(): [number, number] {
  let ephemeralLow = 32768;
  try {
    ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || ephemeralLow;
  } catch {
    // Not Linux: keep the usual default.
  }
  return ephemeralLow > 11000 ? [10000, ephemeralLow] : [49152, 65535];
}

function osAssignedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

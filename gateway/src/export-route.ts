import type { Express } from 'express';
import type { JWK } from 'jose';
import { GraphQLError } from 'graphql';
import { signInternalToken, type ExternalVerifier } from '@kaiku/identity';
import { callerFromHeaders } from './caller';
import { IDENTITY_HEADER } from './subgraph-source';

/**
 * CSV exports behind the gateway's sign-in: the gateway verifies the bearer token, signs the
 * caller for the statistics subgraph and relays the file. The subgraph decides access and
 * suppression, as it does for GraphQL.
 */
export function exportRoute(app: Express, options: { subgraphUrls: Map<string, string>; verifyToken: ExternalVerifier; internalPrivateJwk: JWK; timeoutMs: number }): void {
  app.get('/export/statistics.csv', async (req, res) => {
    try {
      const caller = await callerFromHeaders(req.headers, options.verifyToken);
      const target = options.subgraphUrls.get('statistics');
      if (!target) return res.status(503).json({ errors: [{ message: 'Statistics are not available', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      const query = new URLSearchParams(Object.entries(req.query).map(([key, value]): [string, string] => [key, String(value)])).toString();
      const response = await fetch(`${target.replace(/\/graphql$/, '')}/export/statistics.csv?${query}`, {
        headers: caller.subject ? { [IDENTITY_HEADER]: await signInternalToken(options.internalPrivateJwk, caller, 'statistics') } : {},
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      res.status(response.status);
      for (const header of ['content-type', 'content-disposition']) {
        const value = response.headers.get(header);
        if (value) res.setHeader(header, value);
      }
      return res.send(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      if (error instanceof GraphQLError) return res.status(401).json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
      return res.status(502).json({ errors: [{ message: 'Statistics are not available right now', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
}

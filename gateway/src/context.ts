import type { Caller } from '@kaiku/identity';
import type { Logger } from 'pino';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
  language: 'fi' | 'sv' | 'en';
  logger: Logger;
  /** The client's network address, signed for a subgraph that limits per address. */
  clientAddress?: string;
}

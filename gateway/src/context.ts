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

/**
 * A request's context, with its child logger made when first used (an error to log): most
 * requests log nothing. The getter lives on the prototype on purpose: Apollo Server clones
 * the context for every operation (Object.assign onto Object.create(prototype)), which reads
 * every own getter, so an own `get logger()` made a child logger for every request anyway.
 */
export class RequestContext implements GatewayContext {
  // A plain property, not #private: the clone has no private slots, and gets its own child.
  private requestLogger: Logger | undefined = undefined;
  constructor(
    readonly requestId: string,
    readonly caller: Caller,
    readonly language: GatewayContext['language'],
    private readonly serviceLogger: Logger,
    readonly clientAddress: string,
  ) {}

  get logger(): Logger {
    return (this.requestLogger ??= this.serviceLogger.child({ requestId: this.requestId }));
  }
}

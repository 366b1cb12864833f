import type { DataSource } from 'typeorm';
import type { AuthChecker } from 'type-graphql';
import { type Caller, type Role, hasRole } from '@kaiku/identity';
import { ForbiddenError, UnauthenticatedError } from './errors';
import type { Logger } from './logger';
import type { Language } from './localized-text';

/** What every resolver receives: who calls, in which request, and this request's loaders. */
export interface KaikuContext<Loaders = Record<string, unknown>> {
  caller: Caller;
  requestId: string;
  /** The caller's language from Accept-Language: fi, sv or en (default fi). */
  language: Language;
  logger: Logger;
  dataSource: DataSource;
  /** The client's network address (signed by the gateway), for limits per address. */
  clientAddress?: string;
  loaders: Loaders;
}

export function languageFrom(header: string | undefined): Language {
  const first = (header ?? '').split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'sv' || first === 'en' ? first : 'fi';
}

/**
 * type-graphql's `@Authorized(...roles)` check: a caller passes when they hold any of the
 * listed roles (or, with no roles listed, when they are signed in at all). Scope (which area
 * or partner) is checked where the data is, in the resolver.
 */
// An arrow function on purpose: type-graphql instantiates an auth checker that has a prototype.
export const roleChecker: AuthChecker<KaikuContext> = ({ context }, roles) => {
  if (context.caller.subject === null) throw new UnauthenticatedError();
  if (roles.length === 0 || roles.some((role) => hasRole(context.caller, role as Role))) return true;
  throw new ForbiddenError(`This needs one of the roles ${roles.join(', ')}`);
};

/**
 * A request's context, with its child logger made when first used (an error to log): most
 * requests log nothing. The getter lives on the prototype on purpose: Apollo Server clones
 * the context for every operation (Object.assign onto Object.create(prototype)), which reads
 * every own getter, so an own `get logger()` made a child logger for every request anyway.
 */
export class RequestContext<Loaders = Record<string, unknown>> implements KaikuContext<Loaders> {
  // A plain property, not #private: the clone has no private slots, and gets its own child.
  private requestLogger: Logger | undefined = undefined;
  loaders!: Loaders;
  constructor(
    readonly requestId: string,
    readonly caller: Caller,
    readonly language: Language,
    private readonly serviceLogger: Logger,
    readonly dataSource: DataSource,
    readonly clientAddress: string,
  ) {}

  get logger(): Logger {
    return (this.requestLogger ??= this.serviceLogger.child({ requestId: this.requestId }));
  }
}

import type { EntityManager, DataSource } from 'typeorm';
import type { Caller } from '@kaiku/identity';
import { pseudonym } from './secrets';

export type CardAction =
  | 'READ_CARD'
  | 'LIST_CARDS'
  | 'VERIFY_CARD'
  | 'HOLDER_READ'
  | 'ISSUE_CARD'
  | 'RENEW_CARD'
  | 'REPLACE_CARD'
  | 'REVOKE_CARD'
  | 'RECORD_USE'
  | 'CANCEL_USE'
  | 'IMPORT_USES';

/** One access-log row but for its card: who (subject and roles), what, in which request. */
export interface AccessEntry {
  subject: string;
  roles: string;
  action: CardAction;
  requestId: string;
}

export function accessEntry(context: { caller: Caller; requestId: string }, action: CardAction): AccessEntry {
  return {
    subject: context.caller.subject ?? 'anonymous',
    roles: context.caller.grants.map((grant) => [grant.role, grant.partnerId ?? grant.areas?.join('+')].filter(Boolean).join(':')).join(' ') || '-',
    action,
    requestId: context.requestId,
  };
}

/**
 * Appends to the access log: who (subject and roles), what, which card (as its pseudonym,
 * never the number) and the request id. Changes log inside their own transaction (or, on the
 * hot paths, inside the one statement that makes the change: use-statements.ts).
 */
export async function logCardAccess(
  db: EntityManager | DataSource,
  context: { caller: Caller; requestId: string } | AccessEntry,
  action: CardAction,
  cardId: string | null,
): Promise<void> {
  const entry = 'caller' in context ? accessEntry(context, action) : { ...context, action };
  await db.query('INSERT INTO cards.access_log (subject, roles, action, card_key, request_id) VALUES ($1, $2, $3, $4, $5)', [
    entry.subject,
    entry.roles,
    entry.action,
    cardId ? pseudonym('card', cardId) : null,
    entry.requestId,
  ]);
}

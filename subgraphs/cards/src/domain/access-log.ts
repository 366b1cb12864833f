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

/**
 * Appends to the access log: who (subject and roles), what, which card (as its pseudonym,
 * never the number) and the request id. Changes log inside their own transaction.
 */
export async function logCardAccess(
  db: EntityManager | DataSource,
  context: { caller: Caller; requestId: string },
  action: CardAction,
  cardId: string | null,
): Promise<void> {
  await db.query('INSERT INTO cards.access_log (subject, roles, action, card_key, request_id) VALUES ($1, $2, $3, $4, $5)', [
    context.caller.subject ?? 'anonymous',
    context.caller.grants.map((grant) => [grant.role, grant.partnerId ?? grant.areas?.join('+')].filter(Boolean).join(':')).join(' ') || '-',
    action,
    cardId ? pseudonym('card', cardId) : null,
    context.requestId,
  ]);
}

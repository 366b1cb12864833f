import { canActForPartner, hasRole, type Caller } from '@kaiku/identity';
import type { Card } from '../entities/card';

/** Card data is for the issuing unit and national admins only. */
export function mayReadCard(caller: Caller, card: Pick<Card, 'issuedByPartnerId'>): boolean {
  return hasRole(caller, 'NATIONAL_ADMIN') || canActForPartner(caller, 'DISTRIBUTOR', card.issuedByPartnerId);
}

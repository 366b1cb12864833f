import type { EntityManager } from 'typeorm';
import { canActForArea, canActForPartner, hasRole, type Caller } from '@kaiku/identity';
import { ForbiddenError, NotFoundError, isUuid } from '@kaiku/subgraph-kit';
import { KnownArea } from './entities/known-area';
import { Partner } from './entities/partner';

/** Area statuses whose partners the anonymous public sees in the directory. */
export const PUBLIC_AREA_STATUSES = ['TRIAL', 'ACTIVE'];

function coordinatedAreas(caller: Caller): string[] {
  return caller.grants.filter((grant) => grant.role === 'AREA_COORDINATOR').flatMap((grant) => grant.areas ?? []);
}

function ownPartners(caller: Caller): string[] {
  return caller.grants.flatMap((grant) => (grant.partnerId && isUuid(grant.partnerId) ? [grant.partnerId] : []));
}

/**
 * SQL condition (on the partners alias `p`) for the partners a caller may list: everyone sees
 * active partners of areas in the network (TRIAL or ACTIVE, as the areas event log says);
 * coordinators also see all partners of their areas, staff their own partner, national admins
 * everything.
 */
export function visiblePartnersSql(caller: Caller): { sql: string; params: Record<string, unknown> } {
  if (hasRole(caller, 'NATIONAL_ADMIN')) return { sql: 'TRUE', params: {} };
  return {
    sql: `((p.active AND p.area_id IN (SELECT ka.id FROM partners.known_areas ka WHERE ka.status = ANY(:publicStatuses)))
      OR p.area_id IN (SELECT ka.id FROM partners.known_areas ka WHERE ka.code = ANY(:coordinatedAreas))
      OR p.id = ANY(:ownPartners::uuid[]))`,
    params: { publicStatuses: PUBLIC_AREA_STATUSES, coordinatedAreas: coordinatedAreas(caller), ownPartners: ownPartners(caller) },
  };
}

/** The same rule for one partner whose area is already known. */
export function canSeePartner(caller: Caller, partner: Partner, area: KnownArea | null): boolean {
  if (partner.active && area && PUBLIC_AREA_STATUSES.includes(area.status)) return true;
  return canManagePartner(caller, area) || ownPartners(caller).includes(partner.id);
}

/** National admins, and coordinators of the partner's area. */
export function canManagePartner(caller: Caller, area: Pick<KnownArea, 'code'> | null): boolean {
  return hasRole(caller, 'NATIONAL_ADMIN') || (area !== null && canActForArea(caller, 'AREA_COORDINATOR', area.code));
}

/** Contact persons: national admins, the area's coordinators and the partner's own people. */
export function canSeeContacts(caller: Caller, partner: Partner, area: KnownArea | null): boolean {
  return (
    canManagePartner(caller, area) ||
    canActForPartner(caller, 'DISTRIBUTOR', partner.id) ||
    canActForPartner(caller, 'PARTNER_STAFF', partner.id)
  );
}

/**
 * The partner to change, locked for this transaction, once the caller may change it: national
 * admins and the area's coordinators always, the partner's own staff where `ownStaffMay`.
 */
export async function partnerForChange(manager: EntityManager, caller: Caller, partnerId: string, ownStaffMay: boolean, field = 'partnerId'): Promise<Partner> {
  const partner = isUuid(partnerId) ? await manager.findOne(Partner, { where: { id: partnerId }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!partner) throw new NotFoundError('Partner', field);
  if (hasRole(caller, 'NATIONAL_ADMIN')) return partner;
  if (ownStaffMay && (canActForPartner(caller, 'PARTNER_STAFF', partner.id) || canActForPartner(caller, 'DISTRIBUTOR', partner.id))) return partner;
  const area = await manager.findOne(KnownArea, { where: { id: partner.areaId } });
  if (canManagePartner(caller, area)) return partner;
  throw new ForbiddenError(
    ownStaffMay
      ? "Only the partner's area coordinators, national admins or its own staff can do this"
      : "Only the partner's area coordinators or national admins can do this",
  );
}

import { canActForArea, canActForPartner, type Caller } from '@kaiku/identity';
import { ForbiddenError, UnauthenticatedError, seesRawCounts } from '@kaiku/subgraph-kit';

// Who sees raw counts is the kit's rule, the same for the core's statistics and every extension.
export { seesRawCounts };

function signedIn(caller: Caller): void {
  if (caller.subject === null) throw new UnauthenticatedError();
}

export function assertMayReadNational(caller: Caller): void {
  signedIn(caller);
  if (seesRawCounts(caller) || caller.grants.some((grant) => grant.role === 'AREA_COORDINATOR')) return;
  throw new ForbiddenError('National figures are for national admins, analysts and area coordinators (publicStatistics is open)');
}

export function assertMayReadArea(caller: Caller, areaCode: string | null): void {
  signedIn(caller);
  if (seesRawCounts(caller) || (areaCode !== null && canActForArea(caller, 'AREA_COORDINATOR', areaCode))) return;
  throw new ForbiddenError("An area's figures are for its coordinators, national admins and analysts");
}

export function assertMayReadPartner(caller: Caller, partnerId: string): void {
  signedIn(caller);
  if (seesRawCounts(caller) || canActForPartner(caller, 'PARTNER_STAFF', partnerId) || canActForPartner(caller, 'DISTRIBUTOR', partnerId)) return;
  throw new ForbiddenError("A partner's figures are for its own staff, national admins and analysts");
}

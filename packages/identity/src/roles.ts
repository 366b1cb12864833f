/** The roles of the platform (architecture.md, "Identity and access"). */
export const ROLES = ['NATIONAL_ADMIN', 'ANALYST', 'AREA_COORDINATOR', 'DISTRIBUTOR', 'PARTNER_STAFF'] as const;
export type Role = (typeof ROLES)[number];

/** One role held by a user, with its scope: the areas (by code) or the partner (by id) it covers. */
export interface RoleGrant {
  role: Role;
  areas?: string[];
  partnerId?: string;
}

/** Who is calling. Anonymous callers have no subject and no grants. */
export interface Caller {
  subject: string | null;
  grants: RoleGrant[];
}

export const ANONYMOUS: Caller = Object.freeze({ subject: null, grants: [] }) as Caller;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasRole(caller: Caller, role: Role): boolean {
  return caller.grants.some((grant) => grant.role === role);
}

export function canActForArea(caller: Caller, role: Role, areaCode: string): boolean {
  return caller.grants.some((grant) => grant.role === role && (grant.areas ?? []).includes(areaCode));
}

export function canActForPartner(caller: Caller, role: Role, partnerId: string): boolean {
  return caller.grants.some((grant) => grant.role === role && grant.partnerId === partnerId);
}

/** Reads grants from untrusted claims, dropping anything malformed. */
export function grantsFromClaims(claims: unknown): RoleGrant[] {
  if (!Array.isArray(claims)) return [];
  const grants: RoleGrant[] = [];
  for (const claim of claims) {
    if (!claim || typeof claim !== 'object' || !isRole((claim as RoleGrant).role)) continue;
    const { role, areas, partnerId } = claim as RoleGrant;
    const grant: RoleGrant = { role };
    if (Array.isArray(areas)) grant.areas = areas.filter((a): a is string => typeof a === 'string');
    if (typeof partnerId === 'string') grant.partnerId = partnerId;
    grants.push(grant);
  }
  return grants;
}

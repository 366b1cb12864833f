import type { Grant } from '../../auth/session';

/**
 * Whether the signed-in person may open an area's workspace: national admins any area, a
 * coordinator only the areas of their grant. Decided before anything is asked of the graph,
 * so another area's workspace shows a refusal and sends no request at all (the graph checks
 * every change again).
 */
export function mayOpenArea(grants: Grant[], code: string): boolean {
  return grants.some((grant) => grant.role === 'NATIONAL_ADMIN' || (grant.role === 'AREA_COORDINATOR' && (grant.areas ?? []).includes(code)));
}

export function isNationalAdmin(grants: Grant[]): boolean {
  return grants.some((grant) => grant.role === 'NATIONAL_ADMIN');
}

/** The areas a person coordinates, in the order of their grants. */
export function coordinatedAreas(grants: Grant[]): string[] {
  return [...new Set(grants.filter((grant) => grant.role === 'AREA_COORDINATOR').flatMap((grant) => grant.areas ?? []))];
}

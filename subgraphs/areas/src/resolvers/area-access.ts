import type { EntityManager } from 'typeorm';
import { canActForArea, hasRole, type Caller } from '@kaiku/identity';
import { BadInputError, ForbiddenError, NotFoundError, type LocalizedTextInput } from '@kaiku/subgraph-kit';
import { Area } from '../entities/area';

/** National admins act for every area; a coordinator only for the areas of its grant. */
export function mayManageArea(caller: Caller, areaCode: string): boolean {
  return hasRole(caller, 'NATIONAL_ADMIN') || canActForArea(caller, 'AREA_COORDINATOR', areaCode);
}

/**
 * The area to change, locked for the rest of the transaction (so two changes of one area
 * run one after the other), after checking the caller may change it.
 */
export async function areaForChange(manager: EntityManager, caller: Caller, where: { code: string } | { id: string }, field: string): Promise<Area> {
  const key = 'code' in where ? { code: where.code.trim().toLowerCase() } : where;
  const area = await manager.findOne(Area, { where: key, lock: { mode: 'pessimistic_write' } });
  if (!area) throw new NotFoundError(`Area ${JSON.stringify('code' in where ? where.code : where.id)}`, field);
  if (!mayManageArea(caller, area.code)) {
    throw new ForbiddenError("Only national admins and the area's own coordinators can change this area");
  }
  return area;
}

/** Trims a required text; blank is as bad as empty. */
export function requiredText(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw new BadInputError(field, 'must not be empty');
  return trimmed;
}

/** Trims an optional text: null or blank clears it, undefined keeps it. */
export function optionalText(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  return value?.trim() || null;
}

/** A LocalizedText from input: Finnish required, the others optional (blank = none). */
export function localizedFrom(field: string, input: LocalizedTextInput) {
  return { fi: requiredText(`${field}.fi`, input.fi), sv: optionalText(input.sv) ?? null, en: optionalText(input.en) ?? null };
}

/** PostgreSQL's unique-violation error for a named constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

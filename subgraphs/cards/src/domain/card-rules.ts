import type { EntityManager } from 'typeorm';
import { AreaCardRules } from '../entities/facts';

/** National defaults; an area may set its own (card validity, how far back uses may be dated). */
export const DEFAULT_RULES = Object.freeze({ validityMonths: 12, backdateDays: 60 });

export type CardRules = { validityMonths: number; backdateDays: number };

export async function rulesForArea(manager: EntityManager, areaId: string): Promise<CardRules> {
  const rules = await manager.findOne(AreaCardRules, { where: { areaId } });
  return rules ?? DEFAULT_RULES;
}

/** Areas whose cards may be issued and used: in the network now. */
export const NETWORK_STATUSES = ['TRIAL', 'ACTIVE'];

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

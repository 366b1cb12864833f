import type { EntityManager } from 'typeorm';
import { BadInputError } from '@kaiku/subgraph-kit';

/**
 * The taxonomy's own spelling of the given codes (top codes match in any case, e.g. "culture"
 * is CULTURE). An unknown code is bad input naming `field`.
 */
export async function knownCategoryCodes(manager: EntityManager, codes: string[], field: string): Promise<string[]> {
  const wanted = [...new Set(codes.map((code) => code.trim()))];
  if (wanted.length === 0) return [];
  const rows: Array<{ code: string }> = await manager.query(
    'SELECT code FROM partners.categories WHERE lower(code) = ANY($1::text[])',
    [wanted.map((code) => code.toLowerCase())],
  );
  const byLower = new Map(rows.map((row) => [row.code.toLowerCase(), row.code]));
  const unknown = wanted.find((code) => !byLower.has(code.toLowerCase()));
  if (unknown !== undefined) throw new BadInputError(field, `unknown category "${unknown.slice(0, 100)}"`);
  return [...new Set(wanted.map((code) => byLower.get(code.toLowerCase())!))];
}

/** Replaces a partner's categories. */
export async function replacePartnerCategories(manager: EntityManager, partnerId: string, codes: string[]): Promise<void> {
  await manager.query('DELETE FROM partners.partner_categories WHERE partner_id = $1', [partnerId]);
  if (codes.length) {
    await manager.query('INSERT INTO partners.partner_categories (partner_id, category_code) SELECT $1, unnest($2::text[])', [partnerId, codes]);
  }
}

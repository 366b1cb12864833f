import type { EntityManager } from 'typeorm';
import { BadInputError, ConflictError } from '@kaiku/subgraph-kit';
import { AreaStatus, type Area } from '../entities/area';
import { isUniqueViolation } from './area-access';

const FIELD = 'municipalityCodes';

/**
 * Makes `codes` the area's municipalities. Unknown codes are bad input; a municipality of
 * another area that has not ended is a conflict (the partial unique index
 * area_municipalities_one_live_area says the same in the database, for concurrent changes).
 */
export async function setMunicipalities(manager: EntityManager, area: Area, codes: string[]): Promise<void> {
  const wanted = [...new Set(codes.map((code) => code.trim()))].sort();
  if (area.status === AreaStatus.ENDED) throw new BadInputError(FIELD, 'the municipalities of an ended area cannot change');

  const known: Array<{ code: string }> = await manager.query('SELECT code FROM areas.municipalities WHERE code = ANY($1::text[])', [wanted]);
  const unknown = wanted.filter((code) => !known.some((row) => row.code === code));
  if (unknown.length) throw new BadInputError(FIELD, `unknown municipality code(s): ${unknown.join(', ')}`);

  const taken: Array<{ code: string; name: string; area: string }> = await manager.query(
    `SELECT m.code, m.name_fi AS name, a.code AS area FROM areas.area_municipalities am
       JOIN areas.municipalities m ON m.code = am.municipality_code JOIN areas.areas a ON a.id = am.area_id
      WHERE am.municipality_code = ANY($1::text[]) AND NOT am.area_ended AND am.area_id <> $2
      ORDER BY m.code`,
    [wanted, area.id],
  );
  if (taken.length) throw conflict(taken.map((row) => `${row.code} ${row.name} (area "${row.area}")`).join(', '));

  await manager.query('DELETE FROM areas.area_municipalities WHERE area_id = $1 AND NOT (municipality_code = ANY($2::text[]))', [area.id, wanted]);
  try {
    await manager.query(
      `INSERT INTO areas.area_municipalities (area_id, municipality_code) SELECT $1, unnest($2::text[]) ON CONFLICT (area_id, municipality_code) DO NOTHING`,
      [area.id, wanted],
    );
  } catch (error) {
    // Another transaction took one of them between our check and our insert.
    if (isUniqueViolation(error, 'area_municipalities_one_live_area')) throw conflict('a municipality that another area took just now');
    throw error;
  }
}

function conflict(what: string): ConflictError {
  return new ConflictError(`${FIELD}: already in another area that has not ended: ${what}`, FIELD);
}

import type { EntityManager } from 'typeorm';
import type { Period } from './period';

export type DemographicDimension = 'ageGroups' | 'children' | 'lifeSituations' | 'genders' | 'postcodeAreas';

/** One scope's groups per dimension. */
export type ScopeDemographics = Record<DemographicDimension, Map<string, number>>;

/** Per scope ('' for the whole network, else a home area id). */
export type DemographicsData = Map<string, ScopeDemographics>;

/**
 * Cards issued in the period by age group, children, life situation, gender and postcode
 * area, nationally and per home area, in one statement (GROUPING SETS). Given `areaIds`, only
 * those areas' cards are read (through the home-area index): an area's dashboard then costs its
 * own cards, not the whole country's, and the national groups are left out.
 */
export async function demographicsFor(db: EntityManager, period: Period, areaIds?: string[]): Promise<DemographicsData> {
  const onlyAreas = areaIds !== undefined;
  const rows: Array<{ home_area_id: string | null; dimension: DemographicDimension; grp: string; cards: number }> = await db.query(
    `WITH c AS (
       SELECT home_area_id,
              CASE WHEN birth_year IS NULL THEN 'UNKNOWN'
                   WHEN $3 - birth_year < 25 THEN '16-24' WHEN $3 - birth_year < 35 THEN '25-34'
                   WHEN $3 - birth_year < 45 THEN '35-44' WHEN $3 - birth_year < 55 THEN '45-54'
                   WHEN $3 - birth_year < 65 THEN '55-64' WHEN $3 - birth_year < 75 THEN '65-74' ELSE '75+' END AS age,
              CASE WHEN children >= 3 THEN '3+' ELSE children::text END AS kids,
              coalesce(life_situation, 'UNKNOWN') AS life, coalesce(gender, 'UNKNOWN') AS gender, coalesce(postcode_area, 'UNKNOWN') AS postcode
         FROM statistics.card_facts
        WHERE issued_on BETWEEN $1 AND $2 AND NOT is_replacement AND kind = 'PERSONAL'${onlyAreas ? ' AND home_area_id = ANY($4::uuid[])' : ''}
     ), g AS (
       SELECT home_area_id, age, kids, life, gender, postcode, count(*)::int AS cards,
              GROUPING(home_area_id) AS national, GROUPING(age, kids, life, gender, postcode) AS dims
         FROM c
        GROUP BY GROUPING SETS ((age), (kids), (life), (gender), (postcode),
                               (home_area_id, age), (home_area_id, kids), (home_area_id, life), (home_area_id, gender), (home_area_id, postcode))
     )
     SELECT CASE WHEN national = 1 THEN NULL ELSE home_area_id END AS home_area_id,
            CASE dims WHEN 15 THEN 'ageGroups' WHEN 23 THEN 'children' WHEN 27 THEN 'lifeSituations' WHEN 29 THEN 'genders' ELSE 'postcodeAreas' END AS dimension,
            coalesce(CASE dims WHEN 15 THEN age WHEN 23 THEN kids WHEN 27 THEN life WHEN 29 THEN gender ELSE postcode END, 'UNKNOWN') AS grp,
            cards
       FROM g`,
    [period.from, period.to, Number(period.to.slice(0, 4)), ...(onlyAreas ? [areaIds] : [])],
  );
  const data: DemographicsData = new Map();
  for (const row of rows) {
    if (onlyAreas && row.home_area_id === null) continue;
    const scope = row.home_area_id ?? '';
    if (!data.has(scope)) data.set(scope, { ageGroups: new Map(), children: new Map(), lifeSituations: new Map(), genders: new Map(), postcodeAreas: new Map() });
    data.get(scope)![row.dimension].set(row.grp, row.cards);
  }
  return data;
}

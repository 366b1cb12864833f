import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { entityByIdLoader, isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import { ActivationOverride } from './entities/activation-override';
import { Area } from './entities/area';
import { Municipality } from './entities/municipality';
import { PartnerFact } from './entities/partner-fact';
import { TrialStepRecord } from './entities/trial-step';
import { WorkingGroupMember } from './entities/working-group-member';

/** Groups rows by a key, keeping every requested key (an area with none gets []). */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** A loader keyed by area id; ids that are not UUIDs match nothing and cost no statement. */
function byAreaId<T>(load: (ids: string[]) => Promise<T[]>, areaIdOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const valid = ids.filter(isUuid);
    return groupBy(ids, valid.length ? await load(valid) : [], areaIdOf);
  });
}

type AreaMunicipality = Municipality & { areaId: string };

/** Every nested list of an area in one statement per batch, whatever the number of areas. */
export function createLoaders(dataSource: DataSource) {
  return {
    areaById: entityByIdLoader(dataSource.getRepository(Area)),

    municipalitiesByArea: byAreaId<AreaMunicipality>(async (ids) => {
      const rows: Array<Record<string, string | null>> = await dataSource.query(
        `SELECT am.area_id, m.* FROM areas.area_municipalities am JOIN areas.municipalities m ON m.code = am.municipality_code
          WHERE am.area_id = ANY($1::uuid[]) ORDER BY m.name_fi, m.code`,
        [ids],
      );
      return rows.map((row) => ({ ...municipalityFromRow(row), areaId: row.area_id! }));
    }, (row) => row.areaId),

    trialStepsByArea: byAreaId(
      (ids) => dataSource.getRepository(TrialStepRecord).find({ where: { areaId: In(ids) } }),
      (row) => row.areaId,
    ),

    membersByArea: byAreaId(
      (ids) => dataSource.getRepository(WorkingGroupMember).find({ where: { areaId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (row) => row.areaId,
    ),

    partnerFactsByArea: byAreaId((ids) => dataSource.getRepository(PartnerFact).find({ where: { areaId: In(ids) } }), (row) => row.areaId),

    /** The latest override per area (an area may be paused and overridden again). */
    activationOverrideByArea: new DataLoader<string, ActivationOverride | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await dataSource
            .getRepository(ActivationOverride)
            .createQueryBuilder('o')
            .distinctOn(['o.area_id'])
            .where('o.area_id = ANY(:ids)', { ids: valid })
            .orderBy('o.area_id')
            .addOrderBy('o.overridden_at', 'DESC')
            .getMany()
        : [];
      const byArea = new Map(rows.map((row) => [row.areaId, row]));
      return ids.map((id) => byArea.get(id) ?? null);
    }),
  };
}

export function municipalityFromRow(row: Record<string, string | null>): Municipality {
  return {
    code: row.code!,
    name: { fi: row.name_fi!, sv: row.name_sv ?? null, en: row.name_en ?? null },
    regionCode: row.region_code!,
    regionName: row.region_fi!,
    wellbeingCountyFi: row.wellbeing_county_fi ?? null,
    wellbeingCountySv: row.wellbeing_county_sv ?? null,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
export type Context = KaikuContext<Loaders>;

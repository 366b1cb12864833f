import type { DataSource } from 'typeorm';
import { publishEvents } from '@kaiku/events';
import { stableId } from '@kaiku/subgraph-kit';
import { Area, AreaKind, AreaStatus } from './entities/area';

type DemoArea = Pick<Area, 'code' | 'kind' | 'status' | 'localOnly'> & {
  name: [string, string, string];
  trialStartedOn?: string;
  activatedOn?: string;
};

/** Real-looking areas of all three kinds and several statuses. */
export const DEMO_AREAS: DemoArea[] = [
  { code: 'helsinki', name: ['Helsinki', 'Helsingfors', 'Helsinki'], kind: AreaKind.MUNICIPALITY, status: AreaStatus.ACTIVE, localOnly: false, trialStartedOn: '2018-03-01', activatedOn: '2019-01-15' },
  { code: 'vantaa', name: ['Vantaa', 'Vanda', 'Vantaa'], kind: AreaKind.MUNICIPALITY, status: AreaStatus.ACTIVE, localOnly: false, trialStartedOn: '2020-09-01', activatedOn: '2021-06-01' },
  { code: 'turku', name: ['Turku', 'Åbo', 'Turku'], kind: AreaKind.MUNICIPALITY, status: AreaStatus.TRIAL, localOnly: false, trialStartedOn: '2025-08-15' },
  { code: 'tampereen-seutu', name: ['Tampereen kaupunkiseutu', 'Tammerforsregionen', 'Tampere Region'], kind: AreaKind.REGION, status: AreaStatus.ACTIVE, localOnly: false, trialStartedOn: '2019-02-01', activatedOn: '2020-01-01' },
  { code: 'pohjois-karjala', name: ['Pohjois-Karjalan hyvinvointialue', 'Norra Karelens välfärdsområde', 'North Karelia Wellbeing Services County'], kind: AreaKind.WELLBEING_SERVICES_COUNTY, status: AreaStatus.ACTIVE, localOnly: false, trialStartedOn: '2022-01-10', activatedOn: '2023-03-01' },
  { code: 'keski-suomi', name: ['Keski-Suomen hyvinvointialue', 'Mellersta Finlands välfärdsområde', 'Central Finland Wellbeing Services County'], kind: AreaKind.WELLBEING_SERVICES_COUNTY, status: AreaStatus.TRIAL, localOnly: true, trialStartedOn: '2026-02-01' },
  { code: 'oulu', name: ['Oulu', 'Uleåborg', 'Oulu'], kind: AreaKind.MUNICIPALITY, status: AreaStatus.PLANNING, localOnly: false },
  { code: 'kymenlaakso', name: ['Kymenlaakso', 'Kymmenedalen', 'Kymenlaakso'], kind: AreaKind.REGION, status: AreaStatus.PAUSED, localOnly: false, trialStartedOn: '2021-04-01', activatedOn: '2022-02-01' },
];

export async function seedAreas(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if ((await manager.count(Area)) > 0) return;
    const rows = DEMO_AREAS.map((demo) =>
      manager.create(Area, {
        id: stableId('area', demo.code),
        code: demo.code,
        name: { fi: demo.name[0], sv: demo.name[1], en: demo.name[2] },
        kind: demo.kind,
        status: demo.status,
        localOnly: demo.localOnly,
        trialStartedOn: demo.trialStartedOn ?? null,
        activatedOn: demo.activatedOn ?? null,
      }),
    );
    await manager.save(rows);
    await publishEvents(
      manager,
      'areas',
      rows.map((area) => ({ type: 'AreaRegistered', payload: { areaId: area.id, code: area.code, status: area.status, localOnly: area.localOnly } })),
    );
  });
}

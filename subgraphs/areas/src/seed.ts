import type { DataSource, EntityManager } from 'typeorm';
import { addDays, stableId } from '@kaiku/subgraph-kit';
import { Area, AreaKind, AreaStatus } from './entities/area';
import { TrialStepRecord } from './entities/trial-step';
import { WorkingGroupMember, WorkingGroupSector } from './entities/working-group-member';
import { TRIAL_STEP_COUNT, STATISTICS_STEP } from './domain/trial-steps';
import { publishAreaEvent } from './snapshot';

/** Which municipalities a demo area covers: codes, or every municipality of a region or county. */
type Coverage = { codes: string[] } | { region: string } | { wellbeingCounty: string };

/** [name, organisation, sector, role] */
type DemoMember = [string, string, WorkingGroupSector, string];

type DemoArea = Pick<Area, 'code' | 'kind' | 'status' | 'localOnly'> & {
  name: [string, string, string];
  trialStartedOn?: string;
  activatedOn?: string;
  coverage: Coverage;
  /** How many of the ten steps are complete (all for areas that have been active). */
  stepsComplete: number;
  members: DemoMember[];
};

const { CULTURE, SOCIAL_AND_HEALTH, WELLBEING, THIRD_SECTOR } = WorkingGroupSector;

/** Real-looking areas of all three kinds and several statuses. */
export const DEMO_AREAS: DemoArea[] = [
  {
    code: 'helsinki', name: ['Helsinki', 'Helsingfors', 'Helsinki'], kind: AreaKind.MUNICIPALITY, status: AreaStatus.ACTIVE, localOnly: false,
    trialStartedOn: '2018-03-01', activatedOn: '2019-01-15', coverage: { codes: ['091'] }, stepsComplete: 10,
    members: [
      ['Anna Virtanen', 'Helsingin kaupunki, kulttuuripalvelut', CULTURE, 'koordinaattori'],
      ['Mikko Korhonen', 'Helsingin kaupunki, aikuissosiaalityö', SOCIAL_AND_HEALTH, 'sosiaalityön edustaja'],
      ['Sari Nieminen', 'Diakonissalaitos', THIRD_SECTOR, 'järjestöjen edustaja'],
    ],
  },
  {
    code: 'vantaa', name: ['Vantaa', 'Vanda', 'Vantaa'], kind: AreaKind.MUNICIPALITY, status: AreaStatus.ACTIVE, localOnly: false,
    trialStartedOn: '2020-09-01', activatedOn: '2021-06-01', coverage: { codes: ['092'] }, stepsComplete: 10,
    members: [
      ['Juha Mäkinen', 'Vantaan kaupunki, kulttuuripalvelut', CULTURE, 'koordinaattori'],
      ['Leena Hämäläinen', 'Vantaan ja Keravan hyvinvointialue', SOCIAL_AND_HEALTH, 'sosiaalityön edustaja'],
    ],
  },
  {
    code: 'turku', name: ['Turku', 'Åbo', 'Turku'], kind: AreaKind.MUNICIPALITY, status: AreaStatus.TRIAL, localOnly: false,
    trialStartedOn: '2025-08-15', coverage: { codes: ['853'] }, stepsComplete: 6,
    members: [
      ['Katja Laine', 'Turun kaupunki, kulttuuritoimiala', CULTURE, 'koordinaattori'],
      ['Tomi Heikkinen', 'Varsinais-Suomen hyvinvointialue', SOCIAL_AND_HEALTH, 'sosiaalityön edustaja'],
      ['Pirjo Koskinen', 'Turun Seudun Mielenterveysyhdistys', THIRD_SECTOR, 'järjestöjen edustaja'],
    ],
  },
  {
    code: 'tampereen-seutu', name: ['Tampereen kaupunkiseutu', 'Tammerforsregionen', 'Tampere Region'], kind: AreaKind.REGION, status: AreaStatus.ACTIVE, localOnly: false,
    trialStartedOn: '2019-02-01', activatedOn: '2020-01-01', stepsComplete: 10,
    // Tampere and its neighbours of the city region.
    coverage: { codes: ['837', '211', '418', '536', '562', '604', '922', '980'] },
    members: [
      ['Elina Järvinen', 'Tampereen kaupunki, kulttuuripalvelut', CULTURE, 'koordinaattori'],
      ['Ville Lehtonen', 'Pirkanmaan hyvinvointialue', SOCIAL_AND_HEALTH, 'sosiaalityön edustaja'],
      ['Heidi Saarinen', 'Kangasalan kunta, hyvinvoinnin edistäminen', WELLBEING, 'hyvinvointikoordinaattori'],
      ['Markku Salonen', 'Tampereen Mielenterveysseura', THIRD_SECTOR, 'järjestöjen edustaja'],
    ],
  },
  {
    code: 'pohjois-karjala', name: ['Pohjois-Karjalan hyvinvointialue', 'Norra Karelens välfärdsområde', 'North Karelia Wellbeing Services County'],
    kind: AreaKind.WELLBEING_SERVICES_COUNTY, status: AreaStatus.ACTIVE, localOnly: false, trialStartedOn: '2022-01-10', activatedOn: '2023-03-01',
    coverage: { wellbeingCounty: 'Pohjois-Karjalan hyvinvointialue' }, stepsComplete: 10,
    members: [
      ['Tiina Turunen', 'Joensuun kaupunki, kulttuuripalvelut', CULTURE, 'koordinaattori'],
      ['Jari Kettunen', 'Siun sote', SOCIAL_AND_HEALTH, 'sosiaalityön edustaja'],
    ],
  },
  {
    code: 'keski-suomi', name: ['Keski-Suomen hyvinvointialue', 'Mellersta Finlands välfärdsområde', 'Central Finland Wellbeing Services County'],
    kind: AreaKind.WELLBEING_SERVICES_COUNTY, status: AreaStatus.TRIAL, localOnly: true, trialStartedOn: '2026-02-01',
    coverage: { wellbeingCounty: 'Keski-Suomen hyvinvointialue' }, stepsComplete: 3,
    members: [
      ['Minna Rantanen', 'Jyväskylän kaupunki, kulttuuripalvelut', CULTURE, 'koordinaattori'],
      ['Antti Ahonen', 'Keski-Suomen hyvinvointialue', WELLBEING, 'hyvinvointikoordinaattori'],
    ],
  },
  {
    code: 'oulu', name: ['Oulu', 'Uleåborg', 'Oulu'], kind: AreaKind.MUNICIPALITY, status: AreaStatus.PLANNING, localOnly: false,
    coverage: { codes: ['564'] }, stepsComplete: 0,
    members: [['Outi Karjalainen', 'Oulun kaupunki, kulttuuripalvelut', CULTURE, 'yhteyshenkilö']],
  },
  {
    code: 'kymenlaakso', name: ['Kymenlaakso', 'Kymmenedalen', 'Kymenlaakso'], kind: AreaKind.REGION, status: AreaStatus.PAUSED, localOnly: false,
    trialStartedOn: '2021-04-01', activatedOn: '2022-02-01', coverage: { region: '08' }, stepsComplete: 10,
    members: [
      ['Petri Hiltunen', 'Kotkan kaupunki, kulttuuripalvelut', CULTURE, 'koordinaattori'],
      ['Satu Väisänen', 'Kymenlaakson hyvinvointialue', SOCIAL_AND_HEALTH, 'sosiaalityön edustaja'],
    ],
  },
];

/** A made-up but plausible address: demo contact details must not reach real mailboxes. */
function demoEmail(name: string, areaCode: string): string {
  const local = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '.');
  return `${local}@${areaCode}.kaikukortti.example`;
}

async function coveredCodes(manager: EntityManager, coverage: Coverage): Promise<string[]> {
  if ('codes' in coverage) return coverage.codes;
  const [column, value] = 'region' in coverage ? ['region_code', coverage.region] : ['wellbeing_county_fi', coverage.wellbeingCounty];
  const rows: Array<{ code: string }> = await manager.query(`SELECT code FROM areas.municipalities WHERE ${column} = $1 ORDER BY code`, [value]);
  return rows.map((row) => row.code);
}

export async function seedAreas(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if ((await manager.count(Area)) > 0) return;
    for (const [areaIndex, demo] of DEMO_AREAS.entries()) {
      const area = manager.create(Area, {
        id: stableId('area', demo.code),
        code: demo.code,
        name: { fi: demo.name[0], sv: demo.name[1], en: demo.name[2] },
        kind: demo.kind,
        status: demo.status,
        localOnly: demo.localOnly,
        trialStartedOn: demo.trialStartedOn ?? null,
        activatedOn: demo.activatedOn ?? null,
        // Every area but the one still planning works under a cooperation agreement.
        agreementSignedOn: demo.trialStartedOn ? addDays(demo.trialStartedOn, -60) : null,
        agreementValidFrom: demo.trialStartedOn ? addDays(demo.trialStartedOn, -60) : null,
        agreementValidUntil: null,
        agreementDocument: demo.trialStartedOn ? `KAIKU/${demo.trialStartedOn.slice(0, 4)}/${String(areaIndex + 1).padStart(3, '0')}` : null,
      });
      await manager.insert(Area, area);
      await manager.query(
        'INSERT INTO areas.area_municipalities (area_id, municipality_code) SELECT $1, unnest($2::text[])',
        [area.id, await coveredCodes(manager, demo.coverage)],
      );
      const members = demo.members.map(([name, organisation, sector, role], index) =>
        manager.create(WorkingGroupMember, {
          id: stableId('working-group-member', `${demo.code}:${index}`),
          areaId: area.id,
          name,
          organisation,
          sector,
          role,
          email: demoEmail(name, demo.code),
          phone: `+358 40 555 ${String(areaIndex * 10 + index).padStart(4, '0')}`,
        }),
      );
      await manager.insert(WorkingGroupMember, members);
      await manager.insert(TrialStepRecord, demoSteps(area.id, demo, members));
      await publishAreaEvent(manager, 'AreaRegistered', area);
    }
  });
}

/** The first `stepsComplete` steps, two weeks apart around the trial's start; step 6 has a responsible member once reached. */
function demoSteps(areaId: string, demo: DemoArea, members: WorkingGroupMember[]): TrialStepRecord[] {
  const start = demo.trialStartedOn;
  if (!start) return [];
  return Array.from({ length: TRIAL_STEP_COUNT }, (_, index) => index + 1)
    .filter((step) => step <= demo.stepsComplete)
    .map((step) => ({
      areaId,
      step,
      completedOn: addDays(start, (step - 4) * 14),
      responsibleMemberId: step === STATISTICS_STEP || step === 2 ? members[members.length > 1 ? 1 : 0].id : members[0].id,
      notes: null,
      updatedAt: new Date(),
    }));
}

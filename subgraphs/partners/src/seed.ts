import type { DataSource } from 'typeorm';
import { publishEvents } from '@kaiku/events';
import { stableId } from '@kaiku/subgraph-kit';
import { Partner, PartnerRole, PartnerSector } from './entities/partner';
import { partnerSnapshot } from './snapshot';

const { CARD_DISTRIBUTOR: DISTRIBUTOR, CULTURE_PARTNER: CULTURE } = PartnerRole;
const { PUBLIC, PRIVATE, THIRD_SECTOR } = PartnerSector;

/** [key, area code, fi, sv, en, roles, sector, website] */
type DemoPartner = [string, string, string, string, string, PartnerRole[], PartnerSector, string | null];

export const DEMO_PARTNERS: DemoPartner[] = [
  ['hki-kaupunginteatteri', 'helsinki', 'Helsingin Kaupunginteatteri', 'Helsingfors stadsteater', 'Helsinki City Theatre', [CULTURE], PRIVATE, 'https://hkt.fi'],
  ['kansallismuseo', 'helsinki', 'Kansallismuseo', 'Nationalmuseum', 'National Museum of Finland', [CULTURE], PUBLIC, 'https://kansallismuseo.fi'],
  ['hki-tyovaenopisto', 'helsinki', 'Helsingin työväenopisto', 'Helsingfors arbetarinstitut', 'Helsinki Adult Education Centre', [CULTURE], PUBLIC, null],
  ['hki-sosiaalipalvelut', 'helsinki', 'Helsingin aikuissosiaalityö', 'Helsingfors socialarbete för vuxna', 'Helsinki Adult Social Work', [DISTRIBUTOR], PUBLIC, null],
  ['diakonissalaitos', 'helsinki', 'Diakonissalaitos', 'Diakonissanstalten', 'Deaconess Foundation', [DISTRIBUTOR, CULTURE], THIRD_SECTOR, 'https://www.hdl.fi'],
  ['heureka', 'vantaa', 'Tiedekeskus Heureka', 'Vetenskapscentret Heureka', 'Heureka Science Centre', [CULTURE], THIRD_SECTOR, 'https://www.heureka.fi'],
  ['vantaan-kaupunginmuseo', 'vantaa', 'Vantaan kaupunginmuseo', 'Vanda stadsmuseum', 'Vantaa City Museum', [CULTURE], PUBLIC, null],
  ['vantaan-sosiaalityo', 'vantaa', 'Vantaan aikuissosiaalityö', 'Vanda socialarbete för vuxna', 'Vantaa Adult Social Work', [DISTRIBUTOR], PUBLIC, null],
  ['tampereen-teatteri', 'tampereen-seutu', 'Tampereen Teatteri', 'Tammerfors Teater', 'Tampere Theatre', [CULTURE], PRIVATE, 'https://www.tampereenteatteri.fi'],
  ['vapriikki', 'tampereen-seutu', 'Museokeskus Vapriikki', 'Museicentret Vapriikki', 'Vapriikki Museum Centre', [CULTURE], PUBLIC, null],
  ['kalevan-uimahalli', 'tampereen-seutu', 'Kalevan uimahalli', 'Kaleva simhall', 'Kaleva Swimming Hall', [CULTURE], PUBLIC, null],
  ['tampereen-mielenterveysseura', 'tampereen-seutu', 'Tampereen Mielenterveysseura', 'Tammerfors mentalvårdsförening', 'Tampere Mental Health Association', [DISTRIBUTOR], THIRD_SECTOR, null],
  ['joensuun-kaupunginteatteri', 'pohjois-karjala', 'Joensuun kaupunginteatteri', 'Joensuu stadsteater', 'Joensuu City Theatre', [CULTURE], PUBLIC, null],
  ['carelicum', 'pohjois-karjala', 'Pohjois-Karjalan museo Hilkka', 'Norra Karelens museum Hilkka', 'North Karelia Museum Hilkka', [CULTURE], PUBLIC, null],
  ['siun-sote', 'pohjois-karjala', 'Siun soten aikuissosiaalityö', 'Siun sote socialarbete för vuxna', 'Siun sote Adult Social Work', [DISTRIBUTOR], PUBLIC, null],
  ['turun-kaupunginteatteri', 'turku', 'Turun Kaupunginteatteri', 'Åbo stadsteater', 'Turku City Theatre', [CULTURE], PUBLIC, null],
  ['turun-filharmonia', 'turku', 'Turun filharmoninen orkesteri', 'Åbo filharmoniska orkester', 'Turku Philharmonic Orchestra', [CULTURE], PUBLIC, null],
  ['turun-mielenterveysyhdistys', 'turku', 'Turun Seudun Mielenterveysyhdistys', 'Åboregionens mentalvårdsförening', 'Turku Region Mental Health Association', [DISTRIBUTOR], THIRD_SECTOR, null],
  ['jyvaskylan-taidemuseo', 'keski-suomi', 'Jyväskylän taidemuseo', 'Jyväskylä konstmuseum', 'Jyväskylä Art Museum', [CULTURE], PUBLIC, null],
  ['keski-suomen-sosiaalipalvelut', 'keski-suomi', 'Keski-Suomen hyvinvointialueen sosiaalityö', 'Mellersta Finlands välfärdsområdes socialarbete', 'Central Finland Social Work', [DISTRIBUTOR], PUBLIC, null],
];

export async function seedPartners(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if ((await manager.count(Partner)) > 0) return;
    const rows = DEMO_PARTNERS.map(([key, areaCode, fi, sv, en, roles, sector, website]) =>
      manager.create(Partner, {
        id: stableId('partner', key),
        name: { fi, sv, en },
        areaId: stableId('area', areaCode),
        roles,
        sector,
        website,
        active: true,
        agreementSignedOn: '2024-01-10',
        agreementValidUntil: null,
        principlesVersion: '2024-1',
        principlesAcceptedOn: '2024-01-15',
      }),
    );
    await manager.save(rows);
    await publishEvents(
      manager,
      'partners',
      // The snapshot of docs/events.md. Demo partners signed the trial agreement and accepted
      // the national operating principles, so demo venues can take card uses.
      rows.map((partner) => ({ type: 'PartnerRegistered', payload: partnerSnapshot(partner) })),
    );
  });
}

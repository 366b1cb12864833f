import type { DataSource } from 'typeorm';
import { publishEvents } from '@kaiku/events';
import { addDays, addYears, stableId, todayInFinland } from '@kaiku/subgraph-kit';
import { Card, type StoredCardState } from './entities/card';
import { CardUse, UseCategory } from './entities/card-use';
import { ALPHABET, checkCharacter } from './domain/card-number';
import { cardIssued, cardUseRecorded } from './domain/events';

/** Issuing units of the demo network: [partner key, area code]. */
const DISTRIBUTORS: Array<[string, string]> = [
  ['hki-sosiaalipalvelut', 'helsinki'],
  ['diakonissalaitos', 'helsinki'],
  ['vantaan-sosiaalityo', 'vantaa'],
  ['tampereen-mielenterveysseura', 'tampereen-seutu'],
  ['siun-sote', 'pohjois-karjala'],
  ['turun-mielenterveysyhdistys', 'turku'],
  ['keski-suomen-sosiaalipalvelut', 'keski-suomi'],
];

/** Venues of the demo network: [partner key, area code, category, sector]. */
const VENUES: Array<[string, string, string, string]> = [
  ['hki-kaupunginteatteri', 'helsinki', 'CULTURE', 'PRIVATE'],
  ['kansallismuseo', 'helsinki', 'CULTURE', 'PUBLIC'],
  ['hki-tyovaenopisto', 'helsinki', 'EDUCATION', 'PUBLIC'],
  ['heureka', 'vantaa', 'SCIENCE', 'THIRD_SECTOR'],
  ['vantaan-kaupunginmuseo', 'vantaa', 'CULTURE', 'PUBLIC'],
  ['tampereen-teatteri', 'tampereen-seutu', 'CULTURE', 'PRIVATE'],
  ['vapriikki', 'tampereen-seutu', 'CULTURE', 'PUBLIC'],
  ['kalevan-uimahalli', 'tampereen-seutu', 'SPORT', 'PUBLIC'],
  ['joensuun-kaupunginteatteri', 'pohjois-karjala', 'CULTURE', 'PUBLIC'],
  ['carelicum', 'pohjois-karjala', 'CULTURE', 'PUBLIC'],
  ['turun-kaupunginteatteri', 'turku', 'CULTURE', 'PUBLIC'],
  ['turun-filharmonia', 'turku', 'CULTURE', 'PUBLIC'],
];

const LIFE_SITUATIONS = ['UNEMPLOYED', 'RETIRED', 'STUDENT', 'EMPLOYED', 'OTHER', null];
const GENDERS = ['WOMAN', 'MAN', 'OTHER', null];

/** A seeded generator, so the demo data (and its card numbers) are the same on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEMO_CARD_COUNT = 60;

export async function seedCards(dataSource: DataSource): Promise<void> {
  const next = random(20260101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const today = todayInFinland();
  await dataSource.transaction(async (manager) => {
    if ((await manager.count(Card)) > 0) return;
    const cards: Card[] = [];
    for (let i = 0; i < DEMO_CARD_COUNT; i += 1) {
      const [distributor, areaCode] = DISTRIBUTORS[i % DISTRIBUTORS.length];
      let data = '';
      for (let c = 0; c < 10; c += 1) data += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const validFrom = addDays(today, -Math.floor(next() * 500));
      cards.push(
        manager.create(Card, {
          id: stableId('card', String(i)),
          number: data + checkCharacter(data),
          holderId: stableId('holder', String(i)),
          homeAreaId: stableId('area', areaCode),
          issuedByPartnerId: stableId('partner', distributor),
          validFrom,
          validUntil: addYears(validFrom, 1),
          state: (i % 17 === 5 ? 'REVOKED' : 'ACTIVE') as StoredCardState,
          birthYear: 1950 + Math.floor(next() * 58),
          postcode: pick(['00100', '00530', '00940', '01300', '33100', '33500', '80100', '20100', '40100']),
          children: pick([0, 0, 0, 1, 2, 3]),
          lifeSituation: pick(LIFE_SITUATIONS),
          gender: pick(GENDERS),
        }),
      );
    }
    await manager.save(cards);
    const uses: CardUse[] = [];
    const sectorOf = new Map<string, string>();
    for (let u = 0; u < 240; u += 1) {
      const card = pick(cards);
      const [venue, venueArea, category] = pick(VENUES);
      sectorOf.set(stableId('partner', venue), VENUES.find(([key]) => key === venue)![3]);
      const usedOn = addDays(card.validFrom, Math.floor(next() * 360));
      if (usedOn > today || card.state !== 'ACTIVE') continue;
      uses.push(
        manager.create(CardUse, {
          id: stableId('use', String(u)),
          cardId: card.id,
          partnerId: stableId('partner', venue),
          homeAreaId: card.homeAreaId,
          venueAreaId: stableId('area', venueArea),
          category: category as UseCategory,
          adultTickets: category === 'EDUCATION' ? 0 : 1,
          childTickets: category === 'EDUCATION' ? 0 : Math.min(card.children, Math.floor(next() * 3)),
          coursePlaces: category === 'EDUCATION' ? 1 : 0,
          usedOn,
          idempotencyKey: `seed-${u}`,
          requestFingerprint: 'seed',
        }),
      );
    }
    await manager.save(uses, { chunk: 100 });
    const byId = new Map(cards.map((card) => [card.id, card]));
    await publishEvents(manager, 'cards', [
      ...cards.map(cardIssued),
      ...uses.map((use) => cardUseRecorded(use, byId.get(use.cardId)!, sectorOf.get(use.partnerId))),
    ]);
  });
}

import type { DataSource } from 'typeorm';
import { stableId } from '@kaiku/subgraph-kit';
import { FacilityType, SportVenue, Weekday } from './entities/sport-venue';

const { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY } = Weekday;
const weekdays = (opens: string, closes: string, weekend?: [string, string]) => [
  ...[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY].map((weekday) => ({ weekday, opens, closes })),
  ...(weekend ? [SATURDAY, SUNDAY].map((weekday) => ({ weekday, opens: weekend[0], closes: weekend[1] })) : []),
];

/** Demo sport venues for partners of the Tampere region (partner ids from the core's demo keys). */
export async function seedSportVenues(dataSource: DataSource): Promise<void> {
  const repository = dataSource.getRepository(SportVenue);
  if ((await repository.count()) > 0) return;
  await repository.insert([
    {
      partnerId: stableId('partner', 'kalevan-uimahalli'),
      facilityTypes: [FacilityType.SWIMMING_HALL, FacilityType.GYM],
      openingHours: weekdays('06:00', '21:00', ['09:00', '18:00']),
      freeSlots: [
        { weekday: TUESDAY, starts: '13:00', ends: '15:00', facilityType: FacilityType.SWIMMING_HALL, places: 20 },
        { weekday: THURSDAY, starts: '10:00', ends: '12:00', facilityType: FacilityType.GYM, places: 8 },
      ],
      accessibility: 'Esteetön sisäänkäynti, hissi ja invapukuhuone. Step-free entrance, lift and accessible changing room.',
    },
  ]);
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which area a partner belongs to, from the partners event log. */
@Entity({ name: 'partner_areas' })
export class PartnerArea {
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'uuid' })
  areaId: string;
}

/** Area codes by id, from the areas event log. */
@Entity({ name: 'known_areas' })
export class KnownArea {
  @PrimaryColumn({ type: 'uuid' })
  areaId: string;

  @Column({ type: 'text' })
  code: string;
}

/** Card uses at this area's sport venues per month and facility type, from CardUseRecorded. */
@Entity({ name: 'visits' })
export class Visits {
  @PrimaryColumn({ type: 'date' })
  month: string;

  @PrimaryColumn({ type: 'text' })
  facilityType: string;

  @Column({ type: 'int' })
  visits: number;
}

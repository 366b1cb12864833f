import { Column, Entity, PrimaryColumn } from 'typeorm';

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

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One card use as statistics sees it: pseudonymous keys, areas, category, counts, date. */
@Entity({ name: 'use_facts' })
export class UseFact {
  @PrimaryColumn({ type: 'uuid' })
  useId: string;

  @Column({ type: 'text' })
  cardKey: string;

  @Column({ type: 'text' })
  holderKey: string;

  @Column({ type: 'uuid' })
  homeAreaId: string;

  @Column({ type: 'uuid' })
  venuePartnerId: string;

  @Column({ type: 'uuid' })
  venueAreaId: string;

  @Column({ type: 'text' })
  venueSector: string;

  /** The unit that issued the card: issuer figures ask how its cards were used. */
  @Column({ type: 'uuid', nullable: true })
  issuedByPartnerId: string | null;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'int' })
  adultTickets: number;

  @Column({ type: 'int' })
  childTickets: number;

  @Column({ type: 'int' })
  coursePlaces: number;

  @Column({ type: 'date' })
  usedOn: string;
}

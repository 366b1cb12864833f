import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One recorded use of a card at a venue: tickets or course places on a date. */
@Entity({ name: 'card_uses' })
export class CardUse {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid' })
  cardId: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  /** The card's home area and the venue's area: the cross-area table reads both. */
  @Column({ type: 'uuid' })
  homeAreaId: string;

  @Column({ type: 'uuid' })
  venueAreaId: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'smallint' })
  adultTickets: number;

  @Column({ type: 'smallint' })
  childTickets: number;

  @Column({ type: 'smallint' })
  coursePlaces: number;

  @Column({ type: 'date' })
  usedOn: string;

  @Column({ type: 'text', unique: true })
  idempotencyKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

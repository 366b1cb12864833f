import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One issued card as statistics sees it: no number, only a keyed hash and demographics. */
@Entity({ name: 'card_facts' })
export class CardFact {
  @PrimaryColumn({ type: 'text' })
  cardKey: string;

  @Column({ type: 'text' })
  holderKey: string;

  @Column({ type: 'uuid' })
  homeAreaId: string;

  @Column({ type: 'uuid' })
  issuedByPartnerId: string;

  @Column({ type: 'date' })
  issuedOn: string;

  @Column({ type: 'date' })
  validUntil: string;

  @Column({ type: 'text' })
  kind: string;

  /** The card's state as last published (ACTIVE, REVOKED, LOST, REPLACED). */
  @Column({ type: 'text' })
  state: string;

  /** A replacement continues its holder: it is not a new card issued. */
  @Column({ type: 'boolean' })
  isReplacement: boolean;

  @Column({ type: 'smallint', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text', nullable: true })
  postcodeArea: string | null;

  @Column({ type: 'smallint' })
  children: number;

  @Column({ type: 'text', nullable: true })
  lifeSituation: string | null;

  @Column({ type: 'text', nullable: true })
  gender: string | null;
}

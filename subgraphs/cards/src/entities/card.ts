import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';

export enum CardStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  LOST = 'LOST',
  REPLACED = 'REPLACED',
}
registerEnumType(CardStatus, { name: 'CardStatus', description: 'EXPIRED is derived from the validity date' });

/** The states stored; EXPIRED is never stored, it follows from `validUntil`. */
export type StoredCardState = 'ACTIVE' | 'REVOKED' | 'LOST' | 'REPLACED';

/**
 * A Kaikukortti. Holds what statistics need and nothing that names the holder: no name,
 * identity code, birth date or address exists in the schema.
 */
@Entity({ name: 'cards' })
@ObjectType({ description: 'A Kaikukortti card' })
@Directive('@key(fields: "id")')
export class Card {
  @PrimaryColumn({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  /** Normalised card number (no dashes). */
  @Column({ type: 'text', unique: true })
  @Field(() => String, { description: 'The card number as printed, XXXX-XXXX-XXX' })
  number: string;

  /** The same holder across replacement cards. */
  @Column({ type: 'uuid' })
  holderId: string;

  @Column({ type: 'uuid' })
  homeAreaId: string;

  @Column({ type: 'uuid' })
  issuedByPartnerId: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  validFrom: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar)
  validUntil: string;

  @Column({ type: 'text' })
  state: StoredCardState;

  @Column({ type: 'smallint' })
  birthYear: number;

  @Column({ type: 'text' })
  postcode: string;

  @Column({ type: 'smallint' })
  children: number;

  @Column({ type: 'text', nullable: true })
  lifeSituation: string | null;

  @Column({ type: 'text', nullable: true })
  gender: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@kaiku/subgraph-kit';

export enum CardStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  LOST = 'LOST',
  REPLACED = 'REPLACED',
}
registerEnumType(CardStatus, { name: 'CardStatus', description: 'EXPIRED is derived from the validity date' });

export enum CardKind {
  PERSONAL = 'PERSONAL',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(CardKind, {
  name: 'CardKind',
  description: "PERSONAL: one holder. COMMUNITY: held by an issuing unit for its clients' group visits",
});

/** The states stored; EXPIRED is never stored, it follows from `validUntil`. */
export type StoredCardState = 'ACTIVE' | 'REVOKED' | 'LOST' | 'REPLACED';

/**
 * A Kaikukortti. Holds what statistics need and nothing that names the holder: no name,
 * identity code, birth date or address exists in the schema.
 */
@Entity({ name: 'cards' })
@ObjectType({ description: 'A Kaikukortti card', simpleResolvers: true })
@Directive('@key(fields: "id")')
export class Card {
  @PrimaryColumn({ type: 'uuid' })
  @Field(() => ID)
  id: string;

  /** Normalised card number (no dashes). */
  @Column({ type: 'text', unique: true })
  number: string;

  @Column({ type: 'text', default: CardKind.PERSONAL })
  @Field(() => CardKind)
  kind: CardKind;

  /** The same holder across replacement cards (for a community card: the card itself). */
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

  @Column({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Personal cards: the year the holder was born' })
  birthYear: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  postcode: string | null;

  @Column({ type: 'smallint', default: 0 })
  @Field(() => Int, { description: 'Children who may come along free (personal cards)' })
  children: number;

  @Column({ type: 'text', nullable: true })
  lifeSituation: string | null;

  @Column({ type: 'text', nullable: true })
  gender: string | null;

  @Column({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Community cards: the largest group one visit may bring' })
  groupSizeLimit: number | null;

  @Column({ type: 'uuid', nullable: true })
  replacedByCardId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  revokedReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

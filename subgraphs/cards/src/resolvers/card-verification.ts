import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { BadInputError, DateScalar, todayInFinland } from '@kaiku/subgraph-kit';
import { Card, CardStatus } from '../entities/card';
import { AreaRef } from '../entities/refs';
import { cardNumberProblem, normaliseCardNumber } from '../domain/card-number';
import { cardStatus } from '../domain/card-status';
import type { Context } from '../loaders';

export enum CardInvalidReason {
  NOT_FOUND = 'NOT_FOUND',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  LOST = 'LOST',
  REPLACED = 'REPLACED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  AREA_NOT_IN_NETWORK = 'AREA_NOT_IN_NETWORK',
}
registerEnumType(CardInvalidReason, { name: 'CardInvalidReason' });

/** What the door needs to know, and nothing more: not the issuer, not demographics. */
@ObjectType()
export class CardVerification {
  @Field(() => Boolean)
  valid: boolean;

  @Field(() => CardInvalidReason, { nullable: true })
  reason: CardInvalidReason | null;

  @Field(() => DateScalar, { nullable: true })
  validUntil: string | null;

  @Field(() => AreaRef, { nullable: true })
  homeArea: AreaRef | null;

  @Field(() => Int, { nullable: true, description: 'How many children may come along free' })
  children: number | null;
}

const MESSAGES = {
  LENGTH: 'a card number has 11 letters and digits, e.g. ABCD-EFGH-JKM',
  CHARACTERS: 'a card number has only the letters and digits printed on cards (no 0, 1, I, L or O)',
  CHECK_CHARACTER: 'the number has a typing error: check each character',
} as const;

@Resolver()
export class CardVerificationResolver {
  @Authorized('PARTNER_STAFF', 'NATIONAL_ADMIN')
  @Query(() => CardVerification, { description: 'Checks a card at the door' })
  async verifyCard(@Arg('number', () => String) typed: string, @Ctx() { dataSource }: Context): Promise<CardVerification> {
    const number = normaliseCardNumber(typed);
    const problem = cardNumberProblem(number);
    if (problem) throw new BadInputError('number', MESSAGES[problem]);
    const card = await dataSource.getRepository(Card).findOne({ where: { number } });
    return verification(card);
  }
}

function verification(card: Card | null): CardVerification {
  if (!card) return { valid: false, reason: CardInvalidReason.NOT_FOUND, validUntil: null, homeArea: null, children: null };
  const today = todayInFinland();
  const status = cardStatus(card, today);
  const reason =
    status === CardStatus.ACTIVE
      ? card.validFrom > today
        ? CardInvalidReason.NOT_YET_VALID
        : null
      : CardInvalidReason[status];
  return {
    valid: reason === null,
    reason,
    validUntil: card.validUntil,
    homeArea: { id: card.homeAreaId },
    children: reason === null ? card.children : null,
  };
}

import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { BadInputError, ConflictError, todayInFinland } from '@kaiku/subgraph-kit';
import { Card, CardKind } from '../entities/card';
import { parseCardNumber } from '../domain/card-lookup';
import { addMonths, rulesForArea } from '../domain/card-rules';
import { cardStatus } from '../domain/card-status';
import { assertOpen, cardForChange, issueNewCard, newCard, publishCardEvent } from '../domain/issuing';
import { pseudonym } from '../domain/secrets';
import { logCardAccess } from '../domain/access-log';
import type { Context } from '../loaders';
import { IssueCardInput, IssueCommunityCardInput } from './card-inputs';
import { WellbeingAnswerInput } from './wellbeing-input';
import { recordWellbeingAtRenewal, scoreToRecord } from '../domain/wellbeing';

/** Issuing (one read and one write statement) and the card's life: renew, lost, replace, revoke, each in one transaction. */
@Resolver(() => Card)
export class CardIssuing {
  @Authorized('DISTRIBUTOR')
  @Mutation(() => Card, { description: 'Issues a personal card at an issuing unit' })
  async issueCard(@Arg('input', () => IssueCardInput) input: IssueCardInput, @Ctx() context: Context): Promise<Card> {
    const thisYear = Number(todayInFinland().slice(0, 4));
    if (input.birthYear > thisYear - 16) throw new BadInputError('birthYear', 'the holder must be 16 or turn 16 this year');
    if (input.birthYear < thisYear - 120) throw new BadInputError('birthYear', 'is not a plausible birth year');
    const wellbeing = scoreToRecord(input.wellbeing, 'wellbeing');
    return issueNewCard(
      context.dataSource,
      context,
      input.distributorId,
      { birthYear: input.birthYear, postcode: input.postcode, children: input.children, lifeSituation: input.lifeSituation ?? null, gender: input.gender ?? null },
      wellbeing,
    );
  }

  @Authorized('DISTRIBUTOR')
  @Mutation(() => Card, { description: "A card held by the unit for its clients' group visits" })
  async issueCommunityCard(
    @Arg('input', () => IssueCommunityCardInput) input: IssueCommunityCardInput,
    @Ctx() context: Context,
  ): Promise<Card> {
    return issueNewCard(context.dataSource, context, input.distributorId, { kind: CardKind.COMMUNITY, groupSizeLimit: input.groupSizeLimit });
  }

  @Authorized('DISTRIBUTOR')
  @Mutation(() => Card, { description: 'Extends validity by the area\'s period, from today or from the current end, whichever is later' })
  async renewCard(
    @Arg('number', () => String) typed: string,
    @Ctx() context: Context,
    @Arg('wellbeing', () => WellbeingAnswerInput, { nullable: true, description: 'The voluntary wellbeing question again; leave out when not asked or skipped' })
    wellbeingInput?: WellbeingAnswerInput | null,
  ): Promise<Card> {
    const { dataSource, caller } = context;
    const number = parseCardNumber(typed, 'number');
    const wellbeing = scoreToRecord(wellbeingInput, 'wellbeing');
    return dataSource.transaction(async (manager) => {
      const card = await cardForChange(manager, caller, number);
      assertOpen(card);
      const rules = await rulesForArea(manager, card.homeAreaId);
      const today = todayInFinland();
      card.validUntil = addMonths(card.validUntil > today ? card.validUntil : today, rules.validityMonths);
      await manager.update(Card, { id: card.id }, { validUntil: card.validUntil });
      await publishCardEvent(manager, 'CardRenewed', card);
      await recordWellbeingAtRenewal(manager, card, wellbeing);
      await logCardAccess(manager, context, 'RENEW_CARD', card.id);
      return card;
    });
  }

  @Authorized('DISTRIBUTOR')
  @Mutation(() => Card, { description: 'Closes a lost or stolen card and returns its replacement (same holder)' })
  async reportCardLost(@Arg('number', () => String) typed: string, @Ctx() ctx: Context): Promise<Card> {
    return this.replace(typed, 'LOST', ctx);
  }

  @Authorized('DISTRIBUTOR')
  @Mutation(() => Card, { description: 'Replaces a damaged card with a new number (same holder)' })
  async replaceCard(@Arg('number', () => String) typed: string, @Ctx() ctx: Context): Promise<Card> {
    return this.replace(typed, 'REPLACED', ctx);
  }

  @Authorized('DISTRIBUTOR', 'NATIONAL_ADMIN')
  @Mutation(() => Card, { description: 'Closes a card for good, with a reason' })
  async revokeCard(
    @Arg('number', () => String) typed: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: Context,
  ): Promise<Card> {
    const { dataSource, caller } = context;
    const number = parseCardNumber(typed, 'number');
    if (!reason.trim() || reason.length > 2000) throw new BadInputError('reason', 'give a reason of 1-2000 characters');
    return dataSource.transaction(async (manager) => {
      const card = await cardForChange(manager, caller, number, true);
      assertOpen(card);
      Object.assign(card, { state: 'REVOKED', revokedReason: reason.trim() });
      await manager.update(Card, { id: card.id }, { state: card.state, revokedReason: card.revokedReason });
      await publishCardEvent(manager, 'CardRevoked', card);
      await logCardAccess(manager, context, 'REVOKE_CARD', card.id);
      return card;
    });
  }

  private async replace(typed: string, closeAs: 'LOST' | 'REPLACED', context: Context): Promise<Card> {
    const { dataSource, caller } = context;
    const number = parseCardNumber(typed, 'number');
    return dataSource.transaction(async (manager) => {
      const old = await cardForChange(manager, caller, number);
      if (old.state !== 'ACTIVE') throw new ConflictError(`number: the card is already ${cardStatus(old)}`, 'number');
      const replacement = await newCard(manager, { partnerId: old.issuedByPartnerId, areaId: old.homeAreaId }, {
        kind: old.kind,
        holderId: old.holderId,
        birthYear: old.birthYear,
        postcode: old.postcode,
        children: old.children,
        lifeSituation: old.lifeSituation,
        gender: old.gender,
        groupSizeLimit: old.groupSizeLimit,
        validUntil: old.validUntil,
      });
      await manager.update(Card, { id: old.id }, { state: closeAs, replacedByCardId: replacement.id });
      await publishCardEvent(manager, 'CardReplaced', { ...old, state: closeAs } as Card, {
        replacementCardKey: pseudonym('card', replacement.id),
        reason: closeAs,
      });
      await publishCardEvent(manager, 'CardIssued', replacement, { replacesCard: true });
      await logCardAccess(manager, context, 'REPLACE_CARD', old.id);
      return replacement;
    });
  }
}

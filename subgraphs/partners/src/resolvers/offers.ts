import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Caller } from '@kaiku/identity';
import { BadInputError, LocalizedText, NotFoundError, isUuid, newId } from '@kaiku/subgraph-kit';
import { canSeePartner, partnerForChange } from '../access';
import { knownCategoryCodes } from '../categories';
import { CapKind, Offer, OfferCap } from '../entities/offer';
import { OfferEvent } from '../entities/offer-event';
import { Partner } from '../entities/partner';
import type { Context } from '../loaders';
import { publishPartnerEvent } from '../snapshot';
import { OfferCapInput, OfferChangesInput, OfferEventInput, OfferInput } from './inputs/offer-inputs';
import { localized } from './partner-admin';

function capColumns(cap: OfferCapInput | null): Pick<Offer, 'capKind' | 'capAmount' | 'capPercent' | 'capacity'> {
  if (!cap) return { capKind: null, capAmount: null, capPercent: null, capacity: null };
  if (cap.kind === CapKind.SHARE_OF_CAPACITY) {
    if (cap.percent === undefined || cap.percent === null || !(cap.percent > 0) || cap.percent > 100) {
      throw new BadInputError('cap.percent', 'a share of capacity is over 0% and at most 100%');
    }
    if (!cap.capacity) throw new BadInputError('cap.capacity', 'a share of capacity needs the capacity per event');
    return { capKind: cap.kind, capAmount: null, capPercent: cap.percent, capacity: cap.capacity };
  }
  if (cap.amount === undefined || cap.amount === null || cap.amount < 1) throw new BadInputError('cap.amount', 'a cap is at least 1 place');
  return { capKind: cap.kind, capAmount: cap.amount, capPercent: null, capacity: null };
}

function checkPeriod(validFrom: string, validUntil: string): void {
  if (validUntil < validFrom) throw new BadInputError('validUntil', 'must not be before validFrom');
}

/** The offer and its partner, once the caller may change the partner's offers. */
async function offerForChange(manager: EntityManager, caller: Caller, offerId: string, field = 'id'): Promise<{ offer: Offer; partner: Partner }> {
  const offer = isUuid(offerId) ? await manager.findOne(Offer, { where: { id: offerId } }) : null;
  if (!offer) throw new NotFoundError('Offer', field);
  return { offer, partner: await partnerForChange(manager, caller, offer.partnerId, true) };
}

/** The offer when its partner is one the caller may see (the same rule for `offer` and references). */
export async function visibleOffer(loaders: Context['loaders'], caller: Caller, id: string): Promise<Offer | null> {
  const offer = await loaders.offerById.load(id);
  const partner = offer ? await loaders.partnerById.load(offer.partnerId) : null;
  if (!offer || !partner) return null;
  return canSeePartner(caller, partner, await loaders.knownAreaById.load(partner.areaId)) ? offer : null;
}

@Resolver(() => Partner)
export class PartnerOffers {
  @FieldResolver(() => [Offer], { description: 'Offers valid today or later' })
  offers(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<Offer[]> {
    return loaders.offersByPartner.load(partner.id);
  }
}

@Resolver(() => Offer)
export class Offers {
  @Query(() => Offer, { nullable: true, description: 'One offer of a partner the caller may see; NOT_FOUND naming `id` when there is none' })
  async offer(@Arg('id', () => ID) id: string, @Ctx() { loaders, caller }: Context): Promise<Offer | null> {
    const offer = await visibleOffer(loaders, caller, id);
    if (!offer) throw new NotFoundError('Offer', 'id');
    return offer;
  }

  @FieldResolver(() => LocalizedText, { nullable: true })
  description(@Root() offer: Offer): LocalizedText | null {
    return offer.description?.fi ? offer.description : null;
  }

  @FieldResolver(() => OfferCap, { nullable: true })
  cap(@Root() offer: Offer): OfferCap | null {
    return offer.capKind ? { kind: offer.capKind, amount: offer.capAmount, percent: offer.capPercent, capacity: offer.capacity } : null;
  }

  @FieldResolver(() => [OfferEvent], { description: 'Performances, by date' })
  events(@Root() offer: Offer, @Ctx() { loaders }: Context): Promise<OfferEvent[]> {
    return loaders.eventsByOffer.load(offer.id);
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR', 'PARTNER_STAFF')
  @Mutation(() => Offer, { description: 'Creates an offer, optionally with a cap' })
  async createOffer(@Arg('input', () => OfferInput) input: OfferInput, @Ctx() { dataSource, caller }: Context): Promise<Offer> {
    checkPeriod(input.validFrom, input.validUntil);
    const title = localized('title', input.title);
    const description = input.description ? localized('description', input.description) : { fi: null, sv: null, en: null };
    const cap = capColumns(input.cap ?? null);
    return dataSource.transaction(async (manager) => {
      const partner = await partnerForChange(manager, caller, input.partnerId, true);
      const [category] = await knownCategoryCodes(manager, [input.category], 'category');
      const offer = manager.create(Offer, {
        id: newId(),
        partnerId: partner.id,
        title,
        description: description as never,
        kind: input.kind,
        category,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        ...cap,
        active: true,
      });
      await manager.insert(Offer, offer);
      await publishPartnerEvent(manager, 'OfferChanged', partner, offer);
      return offer;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR', 'PARTNER_STAFF')
  @Mutation(() => Offer, { description: 'Changes an offer: only the given fields change' })
  async updateOffer(@Arg('id', () => ID) id: string, @Arg('input', () => OfferChangesInput) input: OfferChangesInput, @Ctx() { dataSource, caller }: Context): Promise<Offer> {
    const title = input.title ? localized('title', input.title) : undefined;
    const description = input.description ? localized('description', input.description) : undefined;
    const cap = input.cap ? capColumns(input.cap) : input.removeCap ? capColumns(null) : undefined;
    return dataSource.transaction(async (manager) => {
      const { offer, partner } = await offerForChange(manager, caller, id);
      const category = input.category !== undefined ? (await knownCategoryCodes(manager, [input.category], 'category'))[0] : undefined;
      const changes: Partial<Offer> = {
        ...(title && { title }),
        ...(description && { description }),
        ...(input.kind && { kind: input.kind }),
        ...(category && { category }),
        ...(input.validFrom && { validFrom: input.validFrom }),
        ...(input.validUntil && { validUntil: input.validUntil }),
        ...(input.active !== undefined && input.active !== null && { active: input.active }),
        ...cap,
      };
      Object.assign(offer, changes);
      checkPeriod(offer.validFrom, offer.validUntil);
      await manager.update(Offer, { id: offer.id }, changes as never);
      await publishPartnerEvent(manager, 'OfferChanged', partner, offer);
      return offer;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR', 'PARTNER_STAFF')
  @Mutation(() => OfferEvent, { description: 'Adds a performance of an offer, with its seats' })
  async addOfferEvent(@Arg('offerId', () => ID) offerId: string, @Arg('input', () => OfferEventInput) input: OfferEventInput, @Ctx() { dataSource, caller }: Context): Promise<OfferEvent> {
    return dataSource.transaction(async (manager) => {
      const { offer, partner } = await offerForChange(manager, caller, offerId, 'offerId');
      if (input.startsOn < offer.validFrom || input.startsOn > offer.validUntil) throw new BadInputError('startsOn', 'must be within the offer\'s validity');
      const event = manager.create(OfferEvent, { id: newId(), offerId: offer.id, startsOn: input.startsOn, capacity: input.capacity ?? null, soldOut: input.soldOut ?? false });
      await manager.insert(OfferEvent, event);
      await publishPartnerEvent(manager, 'OfferChanged', partner, offer);
      return event;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR', 'PARTNER_STAFF')
  @Mutation(() => OfferEvent, { description: 'Marks a performance sold out (no free tickets) or open again' })
  async setOfferEventSoldOut(@Arg('eventId', () => ID) eventId: string, @Arg('soldOut', () => Boolean) soldOut: boolean, @Ctx() { dataSource, caller }: Context): Promise<OfferEvent> {
    return dataSource.transaction(async (manager) => {
      const event = isUuid(eventId) ? await manager.findOne(OfferEvent, { where: { id: eventId } }) : null;
      if (!event) throw new NotFoundError('OfferEvent', 'eventId');
      const { offer, partner } = await offerForChange(manager, caller, event.offerId, 'eventId');
      event.soldOut = soldOut;
      await manager.update(OfferEvent, { id: event.id }, { soldOut });
      await publishPartnerEvent(manager, 'OfferChanged', partner, offer);
      return event;
    });
  }
}

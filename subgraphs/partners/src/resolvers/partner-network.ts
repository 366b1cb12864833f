import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { canActForArea, canActForPartner, hasRole, type Caller } from '@kaiku/identity';
import { BadInputError, ForbiddenError, LocalizedText, NotFoundError, isIsoDate, isUuid, newId, todayInFinland } from '@kaiku/subgraph-kit';
import { KnownArea } from '../entities/known-area';
import { CapKind, Offer, OfferCap } from '../entities/offer';
import { Partner } from '../entities/partner';
import type { Context } from '../loaders';
import { publishPartnerEvent } from '../snapshot';
import { OfferInput, PRINCIPLE_VERSIONS } from './partner-inputs';

/** The partner to change, with the caller's right to change it: its area's coordinators, national admins, and (when allowed) its own staff. */
async function partnerForChange(manager: EntityManager, caller: Caller, partnerId: string, ownStaffMay: boolean): Promise<Partner> {
  const partner = isUuid(partnerId) ? await manager.findOne(Partner, { where: { id: partnerId }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!partner) throw new NotFoundError('Partner', 'partnerId');
  if (hasRole(caller, 'NATIONAL_ADMIN') || (ownStaffMay && canActForPartner(caller, 'PARTNER_STAFF', partner.id))) return partner;
  const area = await manager.findOne(KnownArea, { where: { id: partner.areaId } });
  if (area && canActForArea(caller, 'AREA_COORDINATOR', area.code)) return partner;
  throw new ForbiddenError("Only the partner's area coordinators, national admins or (for offers and principles) its own staff can do this");
}

function checkDate(field: string, value: string): void {
  if (!isIsoDate(value)) throw new BadInputError(field, 'must be a date YYYY-MM-DD');
}

function checkCap(input: OfferInput): void {
  const cap = input.cap;
  if (!cap) return;
  if (cap.kind === CapKind.SHARE_OF_CAPACITY) {
    if (cap.percent === undefined || !(cap.percent > 0) || cap.percent > 100) throw new BadInputError('cap.percent', 'a share of capacity is over 0% and at most 100%');
    if (!cap.capacity) throw new BadInputError('cap.capacity', 'a share of capacity needs the capacity per event');
  } else if (!cap.amount || cap.amount < 1) {
    throw new BadInputError('cap.amount', 'a cap is at least 1 place');
  }
}

@Resolver(() => Partner)
export class PartnerNetwork {
  @FieldResolver(() => [Offer], { description: 'Offers valid today or later' })
  offers(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<Offer[]> {
    return loaders.offersByPartner.load(partner.id);
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR', 'PARTNER_STAFF')
  @Mutation(() => Partner, { description: 'Records acceptance of the national operating principles (a version such as "2024-1")' })
  async acceptOperatingPrinciples(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('version', () => String) version: string,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Partner> {
    if (!PRINCIPLE_VERSIONS.test(version)) throw new BadInputError('version', 'is a principles version such as "2024-1"');
    return dataSource.transaction(async (manager) => {
      const partner = await partnerForChange(manager, caller, partnerId, true);
      Object.assign(partner, { principlesVersion: version, principlesAcceptedOn: todayInFinland() });
      await manager.update(Partner, { id: partner.id }, { principlesVersion: version, principlesAcceptedOn: partner.principlesAcceptedOn });
      await publishPartnerEvent(manager, 'PrinciplesAccepted', partner);
      return partner;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Partner, { description: "Records the partner's trial agreement with its area" })
  async recordPartnerAgreement(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('signedOn', () => String) signedOn: string,
    @Arg('validUntil', () => String, { nullable: true }) validUntil: string | undefined,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Partner> {
    checkDate('signedOn', signedOn);
    if (signedOn > todayInFinland()) throw new BadInputError('signedOn', 'cannot be in the future');
    if (validUntil !== undefined) {
      checkDate('validUntil', validUntil);
      if (validUntil < signedOn) throw new BadInputError('validUntil', 'must not be before signedOn');
    }
    return dataSource.transaction(async (manager) => {
      const partner = await partnerForChange(manager, caller, partnerId, false);
      Object.assign(partner, { agreementSignedOn: signedOn, agreementValidUntil: validUntil ?? null });
      await manager.update(Partner, { id: partner.id }, { agreementSignedOn: signedOn, agreementValidUntil: validUntil ?? null });
      await publishPartnerEvent(manager, 'AgreementSigned', partner);
      return partner;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR', 'PARTNER_STAFF')
  @Mutation(() => Offer, { description: 'Creates an offer, optionally with a cap' })
  async createOffer(@Arg('input', () => OfferInput) input: OfferInput, @Ctx() { dataSource, caller }: Context): Promise<Offer> {
    checkDate('validFrom', input.validFrom);
    checkDate('validUntil', input.validUntil);
    if (input.validUntil < input.validFrom) throw new BadInputError('validUntil', 'must not be before validFrom');
    checkCap(input);
    return dataSource.transaction(async (manager) => {
      const partner = await partnerForChange(manager, caller, input.partnerId, true);
      const offer = manager.create(Offer, {
        id: newId(),
        partnerId: partner.id,
        title: { fi: input.title.fi, sv: input.title.sv ?? null, en: input.title.en ?? null },
        description: { fi: input.description?.fi ?? null, sv: input.description?.sv ?? null, en: input.description?.en ?? null } as never,
        kind: input.kind,
        category: input.category.toUpperCase(),
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        capKind: input.cap?.kind ?? null,
        capAmount: input.cap?.kind === CapKind.SHARE_OF_CAPACITY ? null : input.cap?.amount ?? null,
        capPercent: input.cap?.kind === CapKind.SHARE_OF_CAPACITY ? input.cap.percent ?? null : null,
        capacity: input.cap?.kind === CapKind.SHARE_OF_CAPACITY ? input.cap.capacity ?? null : null,
        active: true,
      });
      await manager.insert(Offer, offer);
      await publishPartnerEvent(manager, 'OfferChanged', partner, offer);
      return offer;
    });
  }
}

@Resolver(() => Offer)
export class OfferFields {
  @FieldResolver(() => LocalizedText, { nullable: true })
  description(@Root() offer: Offer): LocalizedText | null {
    return offer.description?.fi ? offer.description : null;
  }

  @FieldResolver(() => OfferCap, { nullable: true })
  cap(@Root() offer: Offer): OfferCap | null {
    return offer.capKind ? { kind: offer.capKind, amount: offer.capAmount, percent: offer.capPercent, capacity: offer.capacity } : null;
  }
}

import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { BadInputError, isIsoDate, todayInFinland } from '@kaiku/subgraph-kit';
import { partnerForChange } from '../access';
import { Partner } from '../entities/partner';
import type { Context } from '../loaders';
import { publishPartnerEvent } from '../snapshot';
import { PRINCIPLE_VERSIONS } from './inputs/offer-inputs';

function checkDate(field: string, value: string): void {
  if (!isIsoDate(value)) throw new BadInputError(field, 'must be a date YYYY-MM-DD');
}

/** A partner joins the network: the trial agreement and the national operating principles. */
@Resolver(() => Partner)
export class PartnerNetwork {
  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR', 'PARTNER_STAFF', 'DISTRIBUTOR')
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
    if (validUntil !== undefined && validUntil !== null) {
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
}

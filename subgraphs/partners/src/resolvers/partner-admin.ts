import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Caller } from '@kaiku/identity';
import { BadInputError, ForbiddenError, NotFoundError, newId, type LocalizedTextInput } from '@kaiku/subgraph-kit';
import { canManagePartner, partnerForChange } from '../access';
import { knownCategoryCodes, replacePartnerCategories } from '../categories';
import { Contact } from '../entities/contact';
import { KnownArea } from '../entities/known-area';
import { Partner } from '../entities/partner';
import type { Context } from '../loaders';
import { publishPartnerEvent } from '../snapshot';
import { ContactInput, RegisterPartnerInput, UpdatePartnerInput } from './inputs/partner-inputs';

/** Finnish is required and may not be blank; Swedish and English are optional. */
export function localized(field: string, text: LocalizedTextInput): { fi: string; sv: string | null; en: string | null } {
  const fi = text.fi.trim();
  if (!fi) throw new BadInputError(`${field}.fi`, 'must not be empty');
  return { fi, sv: text.sv?.trim() || null, en: text.en?.trim() || null };
}

/** The area of a code, once the caller may manage partners there. */
async function areaForPartners(manager: EntityManager, caller: Caller, areaCode: string): Promise<KnownArea> {
  const area = await manager.findOne(KnownArea, { where: { code: areaCode } });
  if (!area) throw new NotFoundError(`areaCode: area "${areaCode}"`, 'areaCode');
  if (!canManagePartner(caller, area)) throw new ForbiddenError(`Only national admins and coordinators of ${areaCode} manage its partners`);
  return area;
}

@Resolver(() => Partner)
export class PartnerAdmin {
  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Partner, { description: 'Registers a partner in an area (national admins, the area\'s coordinators)' })
  async registerPartner(@Arg('input', () => RegisterPartnerInput) input: RegisterPartnerInput, @Ctx() { dataSource, caller }: Context): Promise<Partner> {
    const name = localized('name', input.name);
    const accessibility = input.accessibility ? localized('accessibility', input.accessibility) : { fi: null, sv: null, en: null };
    return dataSource.transaction(async (manager) => {
      const area = await areaForPartners(manager, caller, input.areaCode);
      const categories = await knownCategoryCodes(manager, input.categories ?? [], 'categories');
      const partner = manager.create(Partner, {
        id: newId(),
        name,
        areaId: area.id,
        roles: input.roles,
        sector: input.sector,
        website: input.website ?? null,
        accessibility: accessibility as never,
        active: input.active ?? true,
        agreementSignedOn: null,
        agreementValidUntil: null,
        principlesVersion: null,
        principlesAcceptedOn: null,
      });
      await manager.insert(Partner, partner);
      await replacePartnerCategories(manager, partner.id, categories);
      await publishPartnerEvent(manager, 'PartnerRegistered', partner);
      return partner;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Partner, { description: 'Changes a partner; moving it to another area needs the right to both areas' })
  async updatePartner(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePartnerInput) input: UpdatePartnerInput,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Partner> {
    const name = input.name ? localized('name', input.name) : undefined;
    const accessibility = input.accessibility ? localized('accessibility', input.accessibility) : undefined;
    return dataSource.transaction(async (manager) => {
      const partner = await partnerForChange(manager, caller, id, false, 'id');
      const areaId = input.areaCode !== undefined ? (await areaForPartners(manager, caller, input.areaCode)).id : partner.areaId;
      const changes: Partial<Partner> = {
        areaId,
        ...(name && { name }),
        ...(accessibility && { accessibility }),
        ...(input.roles && { roles: input.roles }),
        ...(input.sector && { sector: input.sector }),
        ...(input.website !== undefined && { website: input.website }),
        ...(input.active !== undefined && input.active !== null && { active: input.active }),
      };
      Object.assign(partner, changes);
      await manager.update(Partner, { id: partner.id }, changes as never);
      await publishPartnerEvent(manager, 'PartnerUpdated', partner);
      return partner;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Partner, { description: "Replaces the partner's categories (codes of the taxonomy)" })
  async setPartnerCategories(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('categories', () => [String], { validate: false }) categories: string[],
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Partner> {
    if (categories.length > 30) throw new BadInputError('categories', 'at most 30 categories');
    return dataSource.transaction(async (manager) => {
      const partner = await partnerForChange(manager, caller, partnerId, false);
      await replacePartnerCategories(manager, partner.id, await knownCategoryCodes(manager, categories, 'categories'));
      await publishPartnerEvent(manager, 'PartnerUpdated', partner);
      return partner;
    });
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR', 'PARTNER_STAFF', 'DISTRIBUTOR')
  @Mutation(() => Partner, { description: "Replaces the partner's contact persons (its own staff may keep them up to date)" })
  async setPartnerContacts(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('contacts', () => [ContactInput]) contacts: ContactInput[],
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Partner> {
    if (contacts.length > 20) throw new BadInputError('contacts', 'at most 20 contact persons');
    contacts.forEach((contact, index) => {
      if (!contact.name.trim()) throw new BadInputError(`contacts.${index}.name`, 'must not be empty');
    });
    return dataSource.transaction(async (manager) => {
      const partner = await partnerForChange(manager, caller, partnerId, true);
      await manager.delete(Contact, { partnerId: partner.id });
      if (contacts.length) {
        await manager.insert(
          Contact,
          contacts.map((contact, position) => ({ id: newId(), partnerId: partner.id, position, name: contact.name.trim(), email: contact.email ?? null, phone: contact.phone ?? null })),
        );
      }
      await publishPartnerEvent(manager, 'PartnerUpdated', partner);
      return partner;
    });
  }
}


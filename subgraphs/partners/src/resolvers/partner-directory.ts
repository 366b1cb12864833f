import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import {
  BadInputError,
  ConnectionType,
  DEFAULT_PAGE_SIZE,
  LocalizedText,
  PageArgs,
  decodeCursor,
  isUuid,
  toConnection,
  type ConnectionResult,
} from '@kaiku/subgraph-kit';
import { canSeeContacts, canSeePartner, visiblePartnersSql } from '../access';
import { AreaRef } from '../entities/area-ref';
import { Category } from '../entities/category';
import { Contact } from '../entities/contact';
import { Partner, PartnerRole, PartnerSector } from '../entities/partner';
import { Venue } from '../entities/venue';
import type { Context } from '../loaders';

@InputType({ description: 'Directory filters; all given filters must match' })
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: 'Code of the home area, e.g. "helsinki"' })
  @IsOptional()
  @Length(1, 64)
  areaCode?: string;

  @Field(() => PartnerRole, { nullable: true })
  @IsOptional()
  role?: PartnerRole;

  @Field(() => String, { nullable: true, description: 'A category code; a top category (e.g. CULTURE) includes its subcategories' })
  @IsOptional()
  @Length(2, 100)
  category?: string;

  @Field(() => PartnerSector, { nullable: true })
  @IsOptional()
  sector?: PartnerSector;

  @Field(() => String, { nullable: true, description: 'Has a venue in this municipality (three-digit code, e.g. "091")' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'municipality must be a three-digit municipality code' })
  municipality?: string;

  @Field(() => String, { nullable: true, description: 'Words in the name, in any of the three languages' })
  @IsOptional()
  @Length(1, 200)
  search?: string;

  @Field(() => String, { nullable: true, description: 'Describes its offers in this language (fi, sv or en): an active offer has its title or description in it; every partner has Finnish' })
  @IsOptional()
  @Matches(/^(fi|sv|en)$/, { message: 'language must be fi, sv or en' })
  language?: string;
}

@ObjectType()
export class PartnerConnection extends ConnectionType('Partner', Partner) {}

function likePattern(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Resolver(() => Partner)
export class PartnerDirectory {
  @Query(() => PartnerConnection, { description: 'The partner directory, by Finnish name; the public sees active partners of areas in the network' })
  async partners(
    @Arg('filter', () => PartnerFilter, { nullable: true }) filter: PartnerFilter | undefined,
    @Args(() => PageArgs) { first = DEFAULT_PAGE_SIZE, after }: PageArgs,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<ConnectionResult<Partner>> {
    const visible = visiblePartnersSql(caller);
    const query = dataSource.getRepository(Partner).createQueryBuilder('p').where(visible.sql, visible.params);
    if (filter?.areaCode !== undefined) {
      query.andWhere('p.area_id IN (SELECT a.id FROM partners.known_areas a WHERE a.code = :areaCode)', { areaCode: filter.areaCode.trim().toLowerCase() });
    }
    if (filter?.role) query.andWhere(':role = ANY(p.roles)', { role: filter.role });
    if (filter?.sector) query.andWhere('p.sector = :sector', { sector: filter.sector });
    if (filter?.category) {
      // A top category matches partners in it or in any of its subcategories.
      query.andWhere(
        `p.id IN (SELECT l.partner_id FROM partners.partner_categories l JOIN partners.categories c ON c.code = l.category_code
                   WHERE lower(c.code) = lower(:category) OR lower(c.parent_code) = lower(:category))`,
        { category: filter.category.trim() },
      );
    }
    if (filter?.municipality) {
      query.andWhere('p.id IN (SELECT v.partner_id FROM partners.venues v WHERE v.municipality_code = :municipality)', { municipality: filter.municipality });
    }
    if (filter?.language === 'sv' || filter?.language === 'en') {
      // The column comes from the two values allowed above, never from the caller's text.
      const lang = filter.language;
      query.andWhere(`p.id IN (SELECT o.partner_id FROM partners.offers o WHERE o.active AND (o.title_${lang} IS NOT NULL OR o.description_${lang} IS NOT NULL))`);
    }
    const words = (filter?.search ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
    // Every word somewhere in the fi/sv/en names; the trigram index on search_text serves it.
    words.forEach((word, index) => query.andWhere(`p.search_text LIKE :word${index}`, { [`word${index}`]: likePattern(word) }));
    const totalCount = await query.getCount();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      if (typeof name !== 'string' || !isUuid(id)) throw new BadInputError('after', 'is not a cursor returned by this list');
      query.andWhere('(p.name_fi, p.id) > (:afterName, :afterId)', { afterName: name, afterId: id });
    }
    const rows = await query.orderBy('p.name_fi', 'ASC').addOrderBy('p.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (partner) => [partner.name.fi, partner.id]);
  }

  @Query(() => Partner, { nullable: true, description: 'One partner, when the caller may see it' })
  async partner(@Arg('id', () => ID) id: string, @Ctx() { loaders, caller }: Context): Promise<Partner | null> {
    const partner = await loaders.partnerById.load(id);
    if (!partner) return null;
    return canSeePartner(caller, partner, await loaders.knownAreaById.load(partner.areaId)) ? partner : null;
  }

  @Query(() => [Category], { description: 'The category taxonomy: top categories first, then their subcategories' })
  partnerCategories(@Ctx() { dataSource }: Context): Promise<Category[]> {
    return dataSource.getRepository(Category).createQueryBuilder('c').orderBy('c.parent_code', 'ASC', 'NULLS FIRST').addOrderBy('c.code').getMany();
  }

  @FieldResolver(() => AreaRef, { description: 'The home area' })
  area(@Root() partner: Partner): AreaRef {
    return { id: partner.areaId };
  }

  @FieldResolver(() => [Category], { description: 'Categories, top categories first' })
  categories(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<Category[]> {
    return loaders.categoriesByPartner.load(partner.id);
  }

  @FieldResolver(() => [Venue])
  venues(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<Venue[]> {
    return loaders.venuesByPartner.load(partner.id);
  }

  @FieldResolver(() => [Contact], { nullable: true, description: "Contact persons: null unless the caller works with this partner (national admins, the area's coordinators, its own staff)" })
  async contacts(@Root() partner: Partner, @Ctx() { loaders, caller }: Context): Promise<Contact[] | null> {
    if (caller.grants.length === 0) return null;
    const area = await loaders.knownAreaById.load(partner.areaId);
    return canSeeContacts(caller, partner, area) ? loaders.contactsByPartner.load(partner.id) : null;
  }

  @FieldResolver(() => LocalizedText, { nullable: true, description: 'Accessibility notes' })
  accessibility(@Root() partner: Partner): LocalizedText | null {
    return partner.accessibility?.fi ? partner.accessibility : null;
  }
}

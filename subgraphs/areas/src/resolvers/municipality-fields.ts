import { Arg, FieldResolver, Int, Query, Resolver, Root, Ctx } from 'type-graphql';
import { BadInputError, LocalizedText } from '@kaiku/subgraph-kit';
import { Municipality } from '../entities/municipality';
import { municipalityFromRow, type Context } from '../loaders';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @FieldResolver(() => LocalizedText, { nullable: true, description: 'The wellbeing services county (none in Åland)' })
  wellbeingServicesCounty(@Root() municipality: Municipality): LocalizedText | null {
    if (!municipality.wellbeingCountyFi) return null;
    return { fi: municipality.wellbeingCountyFi, sv: municipality.wellbeingCountySv, en: null };
  }

  @Query(() => [Municipality], { description: 'Municipalities by Finnish name; search matches the start of a name (fi or sv) or a code' })
  async municipalities(
    @Arg('search', () => String, { nullable: true }) search: string | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: 400 }) first: number,
    @Ctx() { dataSource }: Context,
  ): Promise<Municipality[]> {
    if (search && search.length > 100) throw new BadInputError('search', 'must be at most 100 characters');
    if (first < 1 || first > 400) throw new BadInputError('first', 'must be 1 to 400');
    const pattern = `${(search ?? '').trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows: Array<Record<string, string | null>> = await dataSource.query(
      `SELECT * FROM areas.municipalities WHERE name_fi ILIKE $1 OR name_sv ILIKE $1 OR code LIKE $1 ORDER BY name_fi, code LIMIT $2`,
      [pattern, first],
    );
    return rows.map(municipalityFromRow);
  }
}

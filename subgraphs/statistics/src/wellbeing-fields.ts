import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AreaStatistics, NationalStatistics, type FiguresBase } from './entities/statistics-types';
import type { Context } from './loaders';
import type { Period } from './period';
import { publishedWellbeing, type PublishedWellbeing } from './wellbeing';
import { WellbeingFigures } from './wellbeing-types';

/**
 * One statement per period and request however many areas ask (the national table's rows
 * too), and the same cells whether an area is read alone or in the national table.
 */
const perRequest = new WeakMap<object, Map<string, Promise<PublishedWellbeing>>>();

function wellbeingOf(context: Context, period: Period): Promise<PublishedWellbeing> {
  if (!perRequest.has(context.loaders)) perRequest.set(context.loaders, new Map());
  const periods = perRequest.get(context.loaders)!;
  const key = `${period.from}|${period.to}`;
  if (!periods.has(key)) periods.set(key, publishedWellbeing(context.dataSource.manager, period));
  return periods.get(key)!;
}

function wellbeingFields(type: typeof AreaStatistics | typeof NationalStatistics) {
  @Resolver(() => type)
  class WellbeingFields {
    @FieldResolver(() => WellbeingFigures, { description: 'The voluntary wellbeing question: answers by band at issue and at renewal, and the change between them' })
    async wellbeing(@Root() root: FiguresBase, @Ctx() context: Context): Promise<WellbeingFigures> {
      const published = await wellbeingOf(context, root.period);
      return root.scope ? published.area(root.scope) : published.national;
    }
  }
  return WellbeingFields;
}

export const AreaWellbeingFields = wellbeingFields(AreaStatistics);
export const NationalWellbeingFields = wellbeingFields(NationalStatistics);

import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { BadInputError, DateScalar } from '@kaiku/subgraph-kit';
import { assertMayReadArea, assertMayReadNational, seesRawCounts } from '../access';
import {
  Area,
  AreaStatistics,
  CrossAreaMatrix,
  CrossAreaUse,
  Demographics,
  NationalStatistics,
  PublicStatistics,
  StatisticsTotals,
  type FiguresBase,
} from '../entities/statistics-types';
import { EMPTY_TOTALS, checkPeriod, type CrossAreaCounts, type Figures } from '../figures';
import { yearEarlier, type Period } from '../period';
import { presentCategories, presentColumn, presentGroups, presentMonths, presentSectors, presentTotals } from '../presenters';
import type { Context } from '../loaders';

const AREA_MEASURES = ['cardsIssued', 'activeCards', 'cardsUsed', 'uses', 'adultTickets', 'childTickets', 'coursePlaces'] as const;

function areaFigures(figures: Figures, areaId: string, period: Period, suppress: boolean): AreaStatistics {
  return Object.assign(new AreaStatistics(), {
    area: { id: areaId },
    from: period.from,
    to: period.to,
    totals: presentTotals(figures.byArea.get(areaId) ?? EMPTY_TOTALS, suppress),
    byCategory: presentCategories(figures.byAreaCategory.get(areaId), suppress),
    byMonth: presentMonths(figures.byAreaMonth.get(areaId), suppress),
    period,
    scope: areaId,
    suppress,
  });
}

@Resolver()
export class NationalStatisticsResolver {
  @Query(() => NationalStatistics, { description: 'Figures for the whole network in a period (suppressed below the threshold unless NATIONAL_ADMIN or ANALYST)' })
  async nationalStatistics(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() { caller, loaders }: Context,
  ): Promise<NationalStatistics> {
    assertMayReadNational(caller);
    const period = { from, to };
    checkPeriod(period);
    const suppress = !seesRawCounts(caller);
    const figures = await loaders.figures.load(period);
    const areaIds = [...figures.byArea.keys()].sort();
    // The area table publishes its total, so each measure is suppressed down the column.
    const byArea = areaIds.map((id) => areaFigures(figures, id, period, false));
    if (suppress) {
      for (const measure of AREA_MEASURES) {
        const column = presentColumn(areaIds.map((id) => [id, figures.byArea.get(id)![measure]] as [string, number]), true);
        column.forEach(({ value }, i) => {
          byArea[i].totals[measure] = value;
          if (value === null) byArea[i].totals.suppressed.push(measure);
        });
      }
      byArea.forEach((row) => {
        row.byCategory = presentCategories(figures.byAreaCategory.get(row.scope!), true);
        row.byMonth = presentMonths(figures.byAreaMonth.get(row.scope!), true);
        row.suppress = true;
      });
    }
    return Object.assign(new NationalStatistics(), {
      from,
      to,
      totals: presentTotals(figures.national, suppress),
      byArea,
      byCategory: presentCategories(figures.byCategory, suppress),
      byMonth: presentMonths(figures.byMonth, suppress),
      byPartnerSector: presentSectors(figures.bySector, suppress),
      period,
      scope: null,
      suppress,
    });
  }

  @Query(() => PublicStatistics, { description: 'Open data for a year: national and per-area totals, every small count suppressed. No sign-in needed.' })
  async publicStatistics(@Arg('year', () => Int) year: number, @Ctx() { loaders }: Context): Promise<PublicStatistics> {
    if (!Number.isInteger(year) || year < 2015 || year > 2100) throw new BadInputError('year', 'must be a year from 2015 on');
    const figures = await loaders.figures.load({ from: `${year}-01-01`, to: `${year}-12-31` });
    const ids = [...figures.byArea.keys()].sort();
    const columns = (['cardsIssued', 'cardsUsed', 'uses'] as const).map((measure) =>
      presentColumn(ids.map((id) => [id, figures.byArea.get(id)![measure]] as [string, number]), true),
    );
    return {
      year,
      totals: presentTotals(figures.national, true, ['cardsIssued', 'cardsUsed', 'uses']),
      byArea: ids.map((id, i) => {
        const [issued, used, uses] = columns.map((column) => column[i].value);
        return {
          area: { id },
          cardsIssued: issued,
          cardsUsed: used,
          uses,
          suppressed: (['cardsIssued', 'cardsUsed', 'uses'] as const).filter((_, k) => columns[k][i].value === null),
        };
      }),
    };
  }
}

/** The cross-area table is read only when asked for, in either form. */
@Resolver(() => NationalStatistics)
export class CrossAreaFields {
  @FieldResolver(() => [CrossAreaUse], { description: 'Home area x venue area, one row per pair with uses' })
  async crossArea(@Root() root: NationalStatistics, @Ctx() { loaders }: Context): Promise<CrossAreaUse[]> {
    return presentCrossArea(await loaders.crossArea.load(root.period), root.suppress);
  }

  @FieldResolver(() => CrossAreaMatrix, { description: 'The cross-area table as a matrix (the same cells and suppression as crossArea)' })
  async crossAreaMatrix(@Root() root: NationalStatistics, @Ctx() { loaders }: Context): Promise<CrossAreaMatrix> {
    return crossAreaMatrix(presentCrossArea(await loaders.crossArea.load(root.period), root.suppress));
  }
}

/** Suppression runs over the whole table (its total is published), as for every column. */
function presentCrossArea(counts: CrossAreaCounts, suppress: boolean): CrossAreaUse[] {
  const cells = presentColumn(counts.map((row) => [`${row.homeAreaId}|${row.venueAreaId}`, row.uses] as [string, number]), suppress);
  return cells.map(({ key, value }) => {
    const [home, venue] = key.split('|');
    return { homeArea: { id: home }, venueArea: { id: venue }, uses: value, suppressed: value === null ? ['uses'] : [] };
  });
}

/** Rows of the matrix by home area, columns by venue area, both in id order; absent pairs are 0. */
export function crossAreaMatrix(cells: CrossAreaUse[]): CrossAreaMatrix {
  const homeIds = [...new Set(cells.map((cell) => cell.homeArea.id))].sort();
  const venueIds = [...new Set(cells.map((cell) => cell.venueArea.id))].sort();
  const row = new Map(homeIds.map((id, i) => [id, i]));
  const column = new Map(venueIds.map((id, j) => [id, j]));
  const uses = homeIds.map(() => new Array<number | null>(venueIds.length).fill(0));
  let suppressedCells = 0;
  for (const cell of cells) {
    uses[row.get(cell.homeArea.id)!][column.get(cell.venueArea.id)!] = cell.uses;
    if (cell.uses === null) suppressedCells += 1;
  }
  return { homeAreas: homeIds.map((id) => ({ id })), venueAreas: venueIds.map((id) => ({ id })), uses, suppressedCells };
}

/**
 * An area's row and column of the cross-area table, read only when asked (one statement per
 * period, shared with the national table). Each list is suppressed down itself, primary and
 * secondary: the row sums to the area's published uses, so one hidden cell could be worked out.
 */
@Resolver(() => AreaStatistics)
export class AreaCrossAreaFields {
  @FieldResolver(() => [CrossAreaUse], { description: "Where this area's holders used their cards: one row per venue area (this area's own included), in area id order" })
  async holdersWentTo(@Root() root: AreaStatistics, @Ctx() { loaders }: Context): Promise<CrossAreaUse[]> {
    const rows = (await loaders.crossArea.load(root.period)).filter((row) => row.homeAreaId === root.scope);
    return presentAreaCells(rows, root.suppress);
  }

  @FieldResolver(() => [CrossAreaUse], { description: "Uses at this area's venues by holders of other areas: one row per home area, in area id order" })
  async visitorsFrom(@Root() root: AreaStatistics, @Ctx() { loaders }: Context): Promise<CrossAreaUse[]> {
    const rows = (await loaders.crossArea.load(root.period)).filter((row) => row.venueAreaId === root.scope && row.homeAreaId !== root.scope);
    return presentAreaCells(rows, root.suppress);
  }
}

function presentAreaCells(rows: CrossAreaCounts, suppress: boolean): CrossAreaUse[] {
  // In id order, never by size: a hidden cell's place in a sorted list would tell its range.
  const sorted = [...rows].sort((a, b) => `${a.homeAreaId}${a.venueAreaId}`.localeCompare(`${b.homeAreaId}${b.venueAreaId}`));
  const cells = presentColumn(sorted.map((row, i) => [String(i), row.uses] as [string, number]), suppress);
  return sorted.map((row, i) => ({
    homeArea: { id: row.homeAreaId },
    venueArea: { id: row.venueAreaId },
    uses: cells[i].value,
    suppressed: cells[i].value === null ? ['uses'] : [],
  }));
}

@Resolver(() => Area)
export class AreaStatisticsResolver {
  @FieldResolver(() => AreaStatistics, { description: "The area's figures for a period (its coordinators see small counts suppressed)" })
  async statistics(
    @Root() area: Area,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() { caller, loaders }: Context,
  ): Promise<AreaStatistics> {
    assertMayReadArea(caller, seesRawCounts(caller) ? null : await loaders.areaCode.load(area.id));
    const period = { from, to };
    checkPeriod(period);
    return areaFigures(await loaders.figures.load(period), area.id, period, !seesRawCounts(caller));
  }
}

/** previousYear and demographics are computed only when asked, for national and area figures alike. */
function lazyFigureFields(type: typeof AreaStatistics | typeof NationalStatistics) {
  @Resolver(() => type)
  class LazyFigureFields {
    @FieldResolver(() => StatisticsTotals, { description: 'The same figures for the same period a year earlier' })
    async previousYear(@Root() root: FiguresBase, @Ctx() { loaders }: Context): Promise<StatisticsTotals> {
      const earlier = await loaders.figures.load(yearEarlier(root.period));
      return presentTotals(root.scope ? earlier.byArea.get(root.scope) ?? EMPTY_TOTALS : earlier.national, root.suppress);
    }

    @FieldResolver(() => Demographics)
    async demographics(@Root() root: FiguresBase, @Ctx() { loaders }: Context): Promise<Demographics> {
      const data = await loaders.demographics.load({ ...root.period, scope: root.scope ?? '' });
      return {
        ageGroups: presentGroups(data?.ageGroups, root.suppress),
        children: presentGroups(data?.children, root.suppress),
        lifeSituations: presentGroups(data?.lifeSituations, root.suppress),
        genders: presentGroups(data?.genders, root.suppress),
        postcodeAreas: presentGroups(data?.postcodeAreas, root.suppress),
      };
    }
  }
  return LazyFigureFields;
}

export const AreaFigureFields = lazyFigureFields(AreaStatistics);
export const NationalFigureFields = lazyFigureFields(NationalStatistics);

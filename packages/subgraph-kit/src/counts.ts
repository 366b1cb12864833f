import 'reflect-metadata';
import { Field, Int, ObjectType, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Caller } from '@kaiku/identity';
import { seesRawCounts, suppressColumn, suppressionThreshold, type Cell } from './suppression';

/**
 * Published counts, the same for every extension as for the core's statistics: a row type
 * extends `SuppressedCounts`, declares each count with `@CountField()`, and its resolver
 * returns `suppressCounts(rows, counts, caller)`. A count field refuses to resolve a row that
 * did not go through `suppressCounts`, so an extension cannot publish a raw small count by
 * forgetting the call: its first test fails instead.
 */
const SUPPRESSED = Symbol('kaiku.countsSuppressed');

const SUPPRESSED_DESCRIPTION = 'Counts hidden because they are too small to publish (or could be worked out from one that is)';

/** Not in any schema itself (nothing returns it): the row types that extend it inherit its field. */
@ObjectType()
export abstract class SuppressedCounts {
  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

const onlySuppressedRows: MiddlewareFn = ({ root, info }, next) => {
  if (!(root as Record<symbol, unknown> | null)?.[SUPPRESSED]) {
    throw new Error(`${info.parentType.name}.${info.fieldName} is a published count: its rows must come from suppressCounts(rows, counts, caller)`);
  }
  return next();
};

/** A count: an Int that is null where suppressed (the row's `suppressed` lists it). */
export function CountField(options: { description?: string } = {}): PropertyDecorator {
  const description = `${options.description ? `${options.description}; ` : ''}null when suppressed (see suppressed)`;
  return (prototype, property) => {
    Field(() => Int, { nullable: true, description })(prototype, property);
    UseMiddleware(onlySuppressedRows)(prototype, property);
  };
}

export type WithSuppressedCounts<Row, Count extends keyof Row> = Omit<Row, Count> & { [K in Count]: Cell } & { suppressed: string[] };

/**
 * Rows of one table as the caller may see them: raw for national admins and analysts; for
 * everyone else each count is suppressed down its column (primary and secondary, since the
 * table's total may be published or summed), and each row lists what it hides.
 */
export function suppressCounts<Row extends object, Count extends keyof Row & string>(
  rows: readonly Row[],
  counts: readonly Count[],
  caller: Caller,
  threshold = suppressionThreshold(),
): Array<WithSuppressedCounts<Row, Count>> {
  const out = rows.map((row) => {
    const copy = { ...row, suppressed: [] as string[] } as unknown as WithSuppressedCounts<Row, Count> & Record<string, unknown>;
    for (const count of counts) copy[count] = Number(row[count]) as never;
    return copy;
  });
  if (!seesRawCounts(caller)) {
    for (const count of counts) {
      suppressColumn(out.map((row) => row[count] as number), threshold).forEach((value, i) => {
        if (value !== null) return;
        (out[i] as Record<string, unknown>)[count] = null;
        out[i].suppressed.push(count);
      });
    }
  }
  for (const row of out) Object.defineProperty(row, SUPPRESSED, { value: true, enumerable: false });
  return out;
}

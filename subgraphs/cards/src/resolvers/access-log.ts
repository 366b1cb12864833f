import { Arg, Args, Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionType, DEFAULT_PAGE_SIZE, PageArgs, decodeCursor, toConnection, type ConnectionResult } from '@kaiku/subgraph-kit';
import type { Context } from '../loaders';

@ObjectType({ description: 'One read or change of card data', simpleResolvers: true })
export class AccessLogEntry {
  @Field(() => Date)
  at: Date;

  @Field(() => String)
  subject: string;

  @Field(() => String, { description: 'The roles and scopes the caller held' })
  roles: string;

  @Field(() => String)
  action: string;

  @Field(() => String, { nullable: true, description: "The card's pseudonym (never its number)" })
  cardKey: string | null;

  @Field(() => String)
  requestId: string;

  id: string;
}

@ObjectType()
export class AccessLogConnection extends ConnectionType('AccessLog', AccessLogEntry) {}

@Resolver()
export class AccessLogResolver {
  @Authorized('NATIONAL_ADMIN')
  @Query(() => AccessLogConnection, { description: 'Who read or changed card data, newest first (national admins only)' })
  async cardAccessLog(
    @Args(() => PageArgs) { first = DEFAULT_PAGE_SIZE, after }: PageArgs,
    @Arg('action', () => String, { nullable: true }) action: string | undefined,
    @Ctx() { dataSource }: Context,
  ): Promise<ConnectionResult<AccessLogEntry>> {
    const before = after ? decodeCursor(after, 1)[0] : null;
    const rows = await dataSource.query(
      `SELECT id, at, subject, roles, action, card_key AS "cardKey", request_id AS "requestId" FROM cards.access_log
        WHERE ($1::text IS NULL OR action = $1) AND ($2::bigint IS NULL OR id < $2::bigint) ORDER BY id DESC LIMIT $3`,
      [action ?? null, before, first + 1],
    );
    const [{ total }] = await dataSource.query('SELECT count(*)::int AS total FROM cards.access_log WHERE ($1::text IS NULL OR action = $1)', [action ?? null]);
    return toConnection(rows, first, total, (row: AccessLogEntry) => [row.id]);
  }
}

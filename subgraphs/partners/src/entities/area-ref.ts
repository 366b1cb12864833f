import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The areas subgraph's Area, known here by its key. Resolvable, so that partners can add the
 * area's partners and the counts its readiness needs.
 */
@ObjectType('Area')
@Directive('@key(fields: "id")')
export class AreaRef {
  @Field(() => ID)
  id: string;
}

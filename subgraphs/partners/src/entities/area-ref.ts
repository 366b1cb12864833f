import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The areas subgraph's Area, known here only by its key. */
@ObjectType('Area')
@Directive('@key(fields: "id", resolvable: false)')
export class AreaRef {
  @Field(() => ID)
  id: string;
}

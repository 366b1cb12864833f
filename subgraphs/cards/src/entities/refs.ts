import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The areas subgraph's Area, known here by key only. */
@ObjectType('Area')
@Directive('@key(fields: "id", resolvable: false)')
export class AreaRef {
  @Field(() => ID)
  id: string;
}

/** The partners subgraph's Partner, known here by key only. */
@ObjectType('Partner')
@Directive('@key(fields: "id", resolvable: false)')
export class PartnerRef {
  @Field(() => ID)
  id: string;
}

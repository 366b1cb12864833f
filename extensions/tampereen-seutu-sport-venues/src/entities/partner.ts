import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The core Partner, extended by key with `sportVenue`. */
@ObjectType('Partner')
@Directive('@key(fields: "id")')
export class Partner {
  @Field(() => ID)
  id: string;
}

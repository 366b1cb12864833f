/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DoorVerifyCard($number: String!, $partnerId: ID) {\n  verifyCard(number: $number, partnerId: $partnerId) {\n    valid\n    reason\n    validUntil\n    children\n    homeArea {\n      id\n      code\n      name {\n        fi\n        sv\n        en\n      }\n    }\n  }\n}\n\nquery DoorVenue($id: ID!) {\n  partner(id: $id) {\n    id\n    name {\n      fi\n      sv\n      en\n    }\n    categories {\n      code\n      parentCode\n    }\n    offers {\n      id\n      title {\n        fi\n        sv\n        en\n      }\n      kind\n      category\n      active\n      availability {\n        freePlaces\n        soldOut\n        reason\n      }\n    }\n  }\n}\n\nmutation DoorRegisterUse($input: RegisterCardUseInput!) {\n  registerCardUse(input: $input) {\n    id\n    category\n    adultTickets\n    childTickets\n    assistantTickets\n    coursePlaces\n    usedOn\n    offerId\n    cancelledAt\n    createdAt\n  }\n}\n\nmutation DoorCancelUse($useId: ID!) {\n  cancelCardUse(useId: $useId) {\n    id\n    cancelledAt\n  }\n}\n\nquery DoorVenueUses($partnerId: ID!) {\n  venueCardUses(partnerId: $partnerId, first: 200) {\n    date\n    hasMore\n    uses {\n      id\n      createdAt\n      usedOn\n      category\n      adultTickets\n      childTickets\n      assistantTickets\n      coursePlaces\n      offerId\n      cancelled\n      cancelledAt\n      cardNumberEnding\n    }\n  }\n}": typeof types.DoorVerifyCardDocument,
    "query SignInChoices {\n  areas {\n    code\n    name {\n      fi\n      sv\n      en\n    }\n  }\n  venues: partners(filter: {role: CULTURE_PARTNER}, first: 100) {\n    edges {\n      node {\n        id\n        name {\n          fi\n          sv\n          en\n        }\n        area {\n          code\n        }\n      }\n    }\n  }\n  distributors: partners(filter: {role: CARD_DISTRIBUTOR}, first: 100) {\n    edges {\n      node {\n        id\n        name {\n          fi\n          sv\n          en\n        }\n        area {\n          code\n        }\n      }\n    }\n  }\n}": typeof types.SignInChoicesDocument,
};
const documents: Documents = {
    "query DoorVerifyCard($number: String!, $partnerId: ID) {\n  verifyCard(number: $number, partnerId: $partnerId) {\n    valid\n    reason\n    validUntil\n    children\n    homeArea {\n      id\n      code\n      name {\n        fi\n        sv\n        en\n      }\n    }\n  }\n}\n\nquery DoorVenue($id: ID!) {\n  partner(id: $id) {\n    id\n    name {\n      fi\n      sv\n      en\n    }\n    categories {\n      code\n      parentCode\n    }\n    offers {\n      id\n      title {\n        fi\n        sv\n        en\n      }\n      kind\n      category\n      active\n      availability {\n        freePlaces\n        soldOut\n        reason\n      }\n    }\n  }\n}\n\nmutation DoorRegisterUse($input: RegisterCardUseInput!) {\n  registerCardUse(input: $input) {\n    id\n    category\n    adultTickets\n    childTickets\n    assistantTickets\n    coursePlaces\n    usedOn\n    offerId\n    cancelledAt\n    createdAt\n  }\n}\n\nmutation DoorCancelUse($useId: ID!) {\n  cancelCardUse(useId: $useId) {\n    id\n    cancelledAt\n  }\n}\n\nquery DoorVenueUses($partnerId: ID!) {\n  venueCardUses(partnerId: $partnerId, first: 200) {\n    date\n    hasMore\n    uses {\n      id\n      createdAt\n      usedOn\n      category\n      adultTickets\n      childTickets\n      assistantTickets\n      coursePlaces\n      offerId\n      cancelled\n      cancelledAt\n      cardNumberEnding\n    }\n  }\n}": types.DoorVerifyCardDocument,
    "query SignInChoices {\n  areas {\n    code\n    name {\n      fi\n      sv\n      en\n    }\n  }\n  venues: partners(filter: {role: CULTURE_PARTNER}, first: 100) {\n    edges {\n      node {\n        id\n        name {\n          fi\n          sv\n          en\n        }\n        area {\n          code\n        }\n      }\n    }\n  }\n  distributors: partners(filter: {role: CARD_DISTRIBUTOR}, first: 100) {\n    edges {\n      node {\n        id\n        name {\n          fi\n          sv\n          en\n        }\n        area {\n          code\n        }\n      }\n    }\n  }\n}": types.SignInChoicesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DoorVerifyCard($number: String!, $partnerId: ID) {\n  verifyCard(number: $number, partnerId: $partnerId) {\n    valid\n    reason\n    validUntil\n    children\n    homeArea {\n      id\n      code\n      name {\n        fi\n        sv\n        en\n      }\n    }\n  }\n}\n\nquery DoorVenue($id: ID!) {\n  partner(id: $id) {\n    id\n    name {\n      fi\n      sv\n      en\n    }\n    categories {\n      code\n      parentCode\n    }\n    offers {\n      id\n      title {\n        fi\n        sv\n        en\n      }\n      kind\n      category\n      active\n      availability {\n        freePlaces\n        soldOut\n        reason\n      }\n    }\n  }\n}\n\nmutation DoorRegisterUse($input: RegisterCardUseInput!) {\n  registerCardUse(input: $input) {\n    id\n    category\n    adultTickets\n    childTickets\n    assistantTickets\n    coursePlaces\n    usedOn\n    offerId\n    cancelledAt\n    createdAt\n  }\n}\n\nmutation DoorCancelUse($useId: ID!) {\n  cancelCardUse(useId: $useId) {\n    id\n    cancelledAt\n  }\n}\n\nquery DoorVenueUses($partnerId: ID!) {\n  venueCardUses(partnerId: $partnerId, first: 200) {\n    date\n    hasMore\n    uses {\n      id\n      createdAt\n      usedOn\n      category\n      adultTickets\n      childTickets\n      assistantTickets\n      coursePlaces\n      offerId\n      cancelled\n      cancelledAt\n      cardNumberEnding\n    }\n  }\n}"): (typeof documents)["query DoorVerifyCard($number: String!, $partnerId: ID) {\n  verifyCard(number: $number, partnerId: $partnerId) {\n    valid\n    reason\n    validUntil\n    children\n    homeArea {\n      id\n      code\n      name {\n        fi\n        sv\n        en\n      }\n    }\n  }\n}\n\nquery DoorVenue($id: ID!) {\n  partner(id: $id) {\n    id\n    name {\n      fi\n      sv\n      en\n    }\n    categories {\n      code\n      parentCode\n    }\n    offers {\n      id\n      title {\n        fi\n        sv\n        en\n      }\n      kind\n      category\n      active\n      availability {\n        freePlaces\n        soldOut\n        reason\n      }\n    }\n  }\n}\n\nmutation DoorRegisterUse($input: RegisterCardUseInput!) {\n  registerCardUse(input: $input) {\n    id\n    category\n    adultTickets\n    childTickets\n    assistantTickets\n    coursePlaces\n    usedOn\n    offerId\n    cancelledAt\n    createdAt\n  }\n}\n\nmutation DoorCancelUse($useId: ID!) {\n  cancelCardUse(useId: $useId) {\n    id\n    cancelledAt\n  }\n}\n\nquery DoorVenueUses($partnerId: ID!) {\n  venueCardUses(partnerId: $partnerId, first: 200) {\n    date\n    hasMore\n    uses {\n      id\n      createdAt\n      usedOn\n      category\n      adultTickets\n      childTickets\n      assistantTickets\n      coursePlaces\n      offerId\n      cancelled\n      cancelledAt\n      cardNumberEnding\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInChoices {\n  areas {\n    code\n    name {\n      fi\n      sv\n      en\n    }\n  }\n  venues: partners(filter: {role: CULTURE_PARTNER}, first: 100) {\n    edges {\n      node {\n        id\n        name {\n          fi\n          sv\n          en\n        }\n        area {\n          code\n        }\n      }\n    }\n  }\n  distributors: partners(filter: {role: CARD_DISTRIBUTOR}, first: 100) {\n    edges {\n      node {\n        id\n        name {\n          fi\n          sv\n          en\n        }\n        area {\n          code\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query SignInChoices {\n  areas {\n    code\n    name {\n      fi\n      sv\n      en\n    }\n  }\n  venues: partners(filter: {role: CULTURE_PARTNER}, first: 100) {\n    edges {\n      node {\n        id\n        name {\n          fi\n          sv\n          en\n        }\n        area {\n          code\n        }\n      }\n    }\n  }\n  distributors: partners(filter: {role: CARD_DISTRIBUTOR}, first: 100) {\n    edges {\n      node {\n        id\n        name {\n          fi\n          sv\n          en\n        }\n        area {\n          code\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
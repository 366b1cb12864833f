/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with a zone */
  DateTime: { input: string; output: string; }
};

/** What kind of public body runs the area */
export type AreaKind =
  | 'MUNICIPALITY'
  | 'REGION'
  | 'WELLBEING_SERVICES_COUNTY';

/** Where the area is in taking the card into use */
export type AreaStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED'
  | 'PLANNING'
  | 'TRIAL';

/** A number per event, a number over the whole period, or a share of each event's capacity */
export type CapKind =
  | 'PER_EVENT'
  | 'PER_PERIOD'
  | 'SHARE_OF_CAPACITY';

export type CardInvalidReason =
  | 'AREA_NOT_IN_NETWORK'
  | 'EXPIRED'
  /** The card's home area runs a local-only trial and this venue is elsewhere */
  | 'LOCAL_ONLY_TRIAL'
  | 'LOST'
  | 'NOT_FOUND'
  | 'NOT_YET_VALID'
  | 'REPLACED'
  | 'REVOKED';

/** PERSONAL: one holder. COMMUNITY: held by an issuing unit for its clients' group visits */
export type CardKind =
  | 'COMMUNITY'
  | 'PERSONAL';

/** EXPIRED is derived from the validity date */
export type CardStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'LOST'
  | 'REPLACED'
  | 'REVOKED';

/** One of the trial's ten steps: completion, responsible member, notes */
export type CompleteTrialStepInput = {
  areaCode: Scalars['String']['input'];
  /** When it was completed (not in the future); null marks it not complete; left out keeps it */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A member of the area's working group; null clears it */
  responsibleMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 10 */
  step: Scalars['Int']['input'];
};

/** A contact person */
export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The cooperation agreement with the national support and development service */
export type CooperationAgreementInput = {
  /** Where the signed document is kept, e.g. a case number */
  documentReference: Scalars['String']['input'];
  signedOn: Scalars['Date']['input'];
  validFrom: Scalars['Date']['input'];
  /** Open-ended when left out */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** A new area; it starts in PLANNING */
export type CreateAreaInput = {
  /** Unique slug: lower-case letters, digits and hyphens, e.g. "lahti" */
  code: Scalars['String']['input'];
  kind: AreaKind;
  /** A local-only trial: cards work only inside the area */
  localOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Official municipality codes, e.g. ["091"] */
  municipalityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  name: LocalizedTextInput;
};

/** Kinds of sport facility at a venue */
export type FacilityType =
  | 'BOWLING_ALLEY'
  | 'CLIMBING_WALL'
  | 'GYM'
  | 'ICE_RINK'
  | 'OUTDOOR_FIELD'
  | 'SPORTS_HALL'
  | 'SWIMMING_HALL';

export type FreeSlotInput = {
  ends: Scalars['String']['input'];
  facilityType: FacilityType;
  /** Card holders per slot */
  places: Scalars['Int']['input'];
  starts: Scalars['String']['input'];
  weekday: Weekday;
};

/** Optional, for statistics only */
export type Gender =
  | 'MAN'
  | 'OTHER'
  | 'WOMAN';

export type ImportCardUsesInput = {
  /** Row number of the first row in the file (for the report), default 1 */
  firstRowNumber?: InputMaybe<Scalars['Int']['input']>;
  partnerId: Scalars['ID']['input'];
  /** At most 500 rows per call */
  rows: Array<ImportedUseRow>;
};

/** One row of a paper or spreadsheet list */
export type ImportedUseRow = {
  adultTickets: Scalars['Int']['input'];
  cardNumber: Scalars['String']['input'];
  category: UseCategory;
  childTickets?: InputMaybe<Scalars['Int']['input']>;
  coursePlaces?: InputMaybe<Scalars['Int']['input']>;
  offerId?: InputMaybe<Scalars['ID']['input']>;
  usedOn: Scalars['Date']['input'];
};

export type IssueCardInput = {
  /** The holder is 16 or turns 16 this year */
  birthYear: Scalars['Int']['input'];
  /** Children under 18 who may come along free, 0-20 */
  children: Scalars['Int']['input'];
  /** The issuing unit (a partner with role CARD_DISTRIBUTOR) */
  distributorId: Scalars['ID']['input'];
  gender?: InputMaybe<Gender>;
  lifeSituation?: InputMaybe<LifeSituation>;
  /** Five digits */
  postcode: Scalars['String']['input'];
  /** The voluntary wellbeing question; leave out when not asked or skipped */
  wellbeing?: InputMaybe<WellbeingAnswerInput>;
};

export type IssueCommunityCardInput = {
  distributorId: Scalars['ID']['input'];
  /** Largest group one visit may bring, 1-50 */
  groupSizeLimit: Scalars['Int']['input'];
};

/** Optional, for statistics only */
export type LifeSituation =
  | 'EMPLOYED'
  | 'FAMILY_LEAVE'
  | 'ON_SICK_LEAVE_OR_DISABILITY'
  | 'OTHER'
  | 'RETIRED'
  | 'STUDENT'
  | 'UNEMPLOYED';

export type LocalizedTextInput = {
  en?: InputMaybe<Scalars['String']['input']>;
  fi: Scalars['String']['input'];
  sv?: InputMaybe<Scalars['String']['input']>;
};

export type OfferCapInput = {
  /** Places per event (PER_EVENT) or over the period (PER_PERIOD) */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** Seats per event (SHARE_OF_CAPACITY) */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  kind: CapKind;
  /** Share of capacity in percent (SHARE_OF_CAPACITY), over 0 and at most 100 */
  percent?: InputMaybe<Scalars['Float']['input']>;
};

/** Changes to an offer: only the given fields change */
export type OfferChangesInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the cap */
  cap?: InputMaybe<OfferCapInput>;
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<LocalizedTextInput>;
  kind?: InputMaybe<OfferKind>;
  /** Removes the cap when true */
  removeCap?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<LocalizedTextInput>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** A performance of an offer */
export type OfferEventInput = {
  /** Seats of this performance */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  soldOut?: InputMaybe<Scalars['Boolean']['input']>;
  startsOn: Scalars['Date']['input'];
};

export type OfferInput = {
  cap?: InputMaybe<OfferCapInput>;
  /** CULTURE, EDUCATION, SCIENCE or SPORT (or a subcategory code) */
  category: Scalars['String']['input'];
  description?: InputMaybe<LocalizedTextInput>;
  kind: OfferKind;
  partnerId: Scalars['ID']['input'];
  title: LocalizedTextInput;
  validFrom: Scalars['Date']['input'];
  validUntil: Scalars['Date']['input'];
};

export type OfferKind =
  | 'COURSE_PLACE'
  | 'OTHER'
  | 'TICKET';

export type OpeningHoursInput = {
  closes: Scalars['String']['input'];
  opens: Scalars['String']['input'];
  weekday: Weekday;
};

/** Directory filters; all given filters must match */
export type PartnerFilter = {
  /** Code of the home area, e.g. "helsinki" */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** A category code; a top category (e.g. CULTURE) includes its subcategories */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Describes its offers in this language (fi, sv or en): an active offer has its title or description in it; every partner has Finnish */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Has a venue in this municipality (three-digit code, e.g. "091") */
  municipality?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<PartnerRole>;
  /** Words in the name, in any of the three languages */
  search?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<PartnerSector>;
};

/** Issues cards, takes card uses, or both */
export type PartnerRole =
  | 'CARD_DISTRIBUTOR'
  | 'CULTURE_PARTNER';

export type PartnerSector =
  | 'PRIVATE'
  | 'PUBLIC'
  | 'THIRD_SECTOR';

/** One condition of a well-prepared area */
export type ReadinessCheckCode =
  | 'CARD_DISTRIBUTOR'
  | 'PARTNER_AGREEMENTS'
  | 'STATISTICS_RESPONSIBLE'
  | 'THIRD_SECTOR_ACTOR'
  | 'THIRD_SECTOR_DISTRIBUTOR'
  | 'WORKING_GROUP_SECTORS';

/** One use: what a venue records at the door or enters later from paper */
export type RegisterCardUseInput = {
  /** The holder: 0 or 1 on a personal card */
  adultTickets: Scalars['Int']['input'];
  /** A personal assistant or interpreter, who always enters free */
  assistantTickets?: InputMaybe<Scalars['Int']['input']>;
  /** As typed (any case, spaces or dashes) or a scanned QR payload */
  cardNumber: Scalars['String']['input'];
  category: UseCategory;
  /** At most the children recorded on the card; never for courses */
  childTickets?: InputMaybe<Scalars['Int']['input']>;
  /** Course places: EDUCATION only */
  coursePlaces?: InputMaybe<Scalars['Int']['input']>;
  /** Your unique key for this use: a retry with the same key records nothing new */
  idempotencyKey: Scalars['String']['input'];
  offerId?: InputMaybe<Scalars['ID']['input']>;
  partnerId: Scalars['ID']['input'];
  /** Default today; back-dating within the area's window */
  usedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A new partner in an area */
export type RegisterPartnerInput = {
  accessibility?: InputMaybe<LocalizedTextInput>;
  /** Default true */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Code of the home area, e.g. "helsinki" */
  areaCode: Scalars['String']['input'];
  /** Category codes, e.g. ["culture.theatre"] */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  name: LocalizedTextInput;
  roles: Array<PartnerRole>;
  sector: PartnerSector;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for sportVenues; all given must match */
export type SportVenueFilter = {
  facilityType?: InputMaybe<FacilityType>;
  /** Has a free slot for card holders on this weekday */
  freeOn?: InputMaybe<Weekday>;
};

export type SportVenueInput = {
  accessibility?: InputMaybe<Scalars['String']['input']>;
  facilityTypes: Array<FacilityType>;
  freeSlots: Array<FreeSlotInput>;
  openingHours: Array<OpeningHoursInput>;
};

/** Changes to an area; fields left out stay as they are */
export type UpdateAreaInput = {
  kind?: InputMaybe<AreaKind>;
  localOnly?: InputMaybe<Scalars['Boolean']['input']>;
  municipalityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<LocalizedTextInput>;
};

/** Changes to a partner: only the given fields change */
export type UpdatePartnerInput = {
  accessibility?: InputMaybe<LocalizedTextInput>;
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Moves the partner to another area */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<LocalizedTextInput>;
  roles?: InputMaybe<Array<PartnerRole>>;
  sector?: InputMaybe<PartnerSector>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a working-group member; fields left out stay, null clears role, email or phone */
export type UpdateWorkingGroupMemberInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organisation?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<WorkingGroupSector>;
};

/** Use categories of the national statistics */
export type UseCategory =
  | 'CULTURE'
  | 'EDUCATION'
  | 'SCIENCE'
  | 'SPORT';

/** A place where the partner receives card holders */
export type VenueInput = {
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Three-digit municipality code, e.g. "091" */
  municipalityCode: Scalars['String']['input'];
  /** When the venue has a name of its own */
  name?: InputMaybe<LocalizedTextInput>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  streetAddress: Scalars['String']['input'];
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** Life satisfaction 0-10, only with the holder's consent; never readable back, see docs/security.md */
export type WellbeingAnswerInput = {
  /** Did the holder agree to answer? An answer without consent is refused */
  consent: Scalars['Boolean']['input'];
  /** 0 (not at all satisfied) to 10 (completely satisfied); null: skipped */
  score?: InputMaybe<Scalars['Int']['input']>;
};

/** Life satisfaction (0-10) in four bands: 0-4, 5-6, 7-8, 9-10 */
export type WellbeingBand =
  | 'SCORE_0_4'
  | 'SCORE_5_6'
  | 'SCORE_7_8'
  | 'SCORE_9_10';

/** The answer at the first renewal against the one at issue */
export type WellbeingChangeDirection =
  | 'IMPROVED'
  | 'SAME'
  | 'WORSENED';

/** A member of the local working group */
export type WorkingGroupMemberInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organisation: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  sector: WorkingGroupSector;
};

/** Which side a working-group member comes from */
export type WorkingGroupSector =
  | 'CULTURE'
  | 'SOCIAL_AND_HEALTH'
  | 'THIRD_SECTOR'
  | 'WELLBEING';

export type AreaListQueryVariables = Exact<{ [key: string]: never; }>;


export type AreaListQuery = { __typename?: 'Query', areas: Array<{ __typename?: 'Area', id: string, code: string, status: AreaStatus, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }> };

export type AreaTrialQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type AreaTrialQuery = { __typename?: 'Query', area?: { __typename?: 'Area', id: string, code: string, status: AreaStatus, trialStartedOn?: string | null, activatedOn?: string | null, localOnly: boolean, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, trialSteps: Array<{ __typename?: 'TrialStep', number: number, completed: boolean, completedOn?: string | null, notes?: string | null, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, description: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, responsibleMember?: { __typename?: 'WorkingGroupMember', id: string, name: string } | null }>, workingGroup: Array<{ __typename?: 'WorkingGroupMember', id: string, name: string, organisation: string, sector: WorkingGroupSector, role?: string | null, email?: string | null, phone?: string | null }>, cooperationAgreement?: { __typename?: 'CooperationAgreement', signedOn: string, validFrom: string, validUntil?: string | null, documentReference: string } | null, readiness: { __typename?: 'AreaReadiness', ready: boolean, checks: Array<{ __typename?: 'ReadinessCheck', code: ReadinessCheckCode, passed: boolean, reason: string }> }, statusChanges: Array<{ __typename?: 'AreaStatusChange', status: AreaStatus, allowed: boolean, needsOverrideReason: boolean, reason?: string | null }> } | null };

export type AreaCompleteStepMutationVariables = Exact<{
  input: CompleteTrialStepInput;
}>;


export type AreaCompleteStepMutation = { __typename?: 'Mutation', completeTrialStep: { __typename?: 'TrialStep', number: number, completed: boolean, completedOn?: string | null, notes?: string | null } };

export type AreaAddMemberMutationVariables = Exact<{
  areaCode: Scalars['String']['input'];
  input: WorkingGroupMemberInput;
}>;


export type AreaAddMemberMutation = { __typename?: 'Mutation', addWorkingGroupMember: { __typename?: 'WorkingGroupMember', id: string } };

export type AreaUpdateMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWorkingGroupMemberInput;
}>;


export type AreaUpdateMemberMutation = { __typename?: 'Mutation', updateWorkingGroupMember: { __typename?: 'WorkingGroupMember', id: string } };

export type AreaRemoveMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AreaRemoveMemberMutation = { __typename?: 'Mutation', removeWorkingGroupMember: { __typename?: 'WorkingGroupMember', id: string } };

export type AreaRecordAgreementMutationVariables = Exact<{
  areaCode: Scalars['String']['input'];
  input: CooperationAgreementInput;
}>;


export type AreaRecordAgreementMutation = { __typename?: 'Mutation', recordCooperationAgreement: { __typename?: 'Area', id: string } };

export type AreaChangeStatusMutationVariables = Exact<{
  code: Scalars['String']['input'];
  status: AreaStatus;
  overrideReason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AreaChangeStatusMutation = { __typename?: 'Mutation', changeAreaStatus: { __typename?: 'Area', id: string, status: AreaStatus } };

export type AreaNetworkQueryVariables = Exact<{
  code: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AreaNetworkQuery = { __typename?: 'Query', area?: { __typename?: 'Area', id: string, code: string, readiness: { __typename?: 'AreaReadiness', checks: Array<{ __typename?: 'ReadinessCheck', code: ReadinessCheckCode, passed: boolean, reason: string }> }, partnerCounts: { __typename?: 'PartnerCounts', total: number, distributors: number, culturePartners: number, thirdSector: number, withSignedAgreement: number, withPrinciplesAccepted: number }, partners: { __typename?: 'PartnerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', id: string, roles: Array<PartnerRole>, sector: PartnerSector, active: boolean, agreementSignedOn?: string | null, principlesVersion?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, offers: Array<{ __typename?: 'Offer', id: string, active: boolean, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, cap?: { __typename?: 'OfferCap', kind: CapKind, amount?: number | null, percent?: number | null, capacity?: number | null } | null, availability?: { __typename?: 'OfferAvailability', freePlaces?: number | null, soldOut: boolean, reason?: string | null } | null }> } }> } } | null };

export type AreaCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AreaCategoriesQuery = { __typename?: 'Query', partnerCategories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }> };

export type AreaPartnerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AreaPartnerQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, roles: Array<PartnerRole>, sector: PartnerSector, active: boolean, website?: string | null, agreementSignedOn?: string | null, agreementValidUntil?: string | null, principlesVersion?: string | null, principlesAcceptedOn?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, area: { __typename?: 'Area', id: string, code: string }, categories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }>, venues: Array<{ __typename?: 'Venue', id: string, streetAddress: string, postalCode?: string | null, municipalityCode: string, name?: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } | null }>, contacts?: Array<{ __typename?: 'PartnerContact', name: string, email?: string | null, phone?: string | null }> | null, offers: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, category: string, active: boolean, validFrom: string, validUntil: string, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, cap?: { __typename?: 'OfferCap', kind: CapKind, amount?: number | null, percent?: number | null, capacity?: number | null } | null, availability?: { __typename?: 'OfferAvailability', freePlaces?: number | null, cap?: number | null, taken?: number | null, soldOut: boolean, reason?: string | null } | null }> } | null };

export type AreaRegisterPartnerMutationVariables = Exact<{
  input: RegisterPartnerInput;
}>;


export type AreaRegisterPartnerMutation = { __typename?: 'Mutation', registerPartner: { __typename?: 'Partner', id: string } };

export type AreaSetPartnerCategoriesMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  categories: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type AreaSetPartnerCategoriesMutation = { __typename?: 'Mutation', setPartnerCategories: { __typename?: 'Partner', id: string } };

export type AreaSetPartnerContactsMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  contacts: Array<ContactInput> | ContactInput;
}>;


export type AreaSetPartnerContactsMutation = { __typename?: 'Mutation', setPartnerContacts: { __typename?: 'Partner', id: string } };

export type AreaAddVenueMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  input: VenueInput;
}>;


export type AreaAddVenueMutation = { __typename?: 'Mutation', addVenue: { __typename?: 'Venue', id: string } };

export type AreaRemoveVenueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AreaRemoveVenueMutation = { __typename?: 'Mutation', removeVenue: { __typename?: 'Partner', id: string } };

export type AreaRecordPartnerAgreementMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  signedOn: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
}>;


export type AreaRecordPartnerAgreementMutation = { __typename?: 'Mutation', recordPartnerAgreement: { __typename?: 'Partner', id: string } };

export type AreaAcceptPrinciplesMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  version: Scalars['String']['input'];
}>;


export type AreaAcceptPrinciplesMutation = { __typename?: 'Mutation', acceptOperatingPrinciples: { __typename?: 'Partner', id: string } };

export type AreaCreateOfferMutationVariables = Exact<{
  input: OfferInput;
}>;


export type AreaCreateOfferMutation = { __typename?: 'Mutation', createOffer: { __typename?: 'Offer', id: string } };

export type AreaUpdateOfferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OfferChangesInput;
}>;


export type AreaUpdateOfferMutation = { __typename?: 'Mutation', updateOffer: { __typename?: 'Offer', id: string } };

export type AreaFiguresQueryVariables = Exact<{
  code: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type AreaFiguresQuery = { __typename?: 'Query', area?: { __typename?: 'Area', id: string, code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, statistics: { __typename?: 'AreaStatistics', totals: { __typename?: 'StatisticsTotals', cardsIssued?: number | null, activeCards?: number | null, cardsUsed?: number | null, uses?: number | null, adultTickets?: number | null, childTickets?: number | null, coursePlaces?: number | null, suppressed: Array<string> }, byCategory: Array<{ __typename?: 'CategoryStatistics', category: UseCategory, uses?: number | null, adultTickets?: number | null, childTickets?: number | null, coursePlaces?: number | null, suppressed: Array<string> }>, byMonth: Array<{ __typename?: 'MonthStatistics', month: string, cardsIssued?: number | null, uses?: number | null, suppressed: Array<string> }>, holdersWentTo: Array<{ __typename?: 'CrossAreaUse', uses?: number | null, suppressed: Array<string>, venueArea: { __typename?: 'Area', id: string, code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } } }>, visitorsFrom: Array<{ __typename?: 'CrossAreaUse', uses?: number | null, suppressed: Array<string>, homeArea: { __typename?: 'Area', id: string, code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } } }>, wellbeing: { __typename?: 'WellbeingFigures', fromMonth: string, toMonth: string, atIssue: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, atRenewal: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, change: Array<{ __typename?: 'WellbeingChangeCount', direction: WellbeingChangeDirection, holders?: number | null, suppressed: Array<string> }> } } } | null };

export type DeskCardFragment = { __typename?: 'Card', id: string, number: string, qrPayload: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } } };

export type DeskUnitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeskUnitQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, area: { __typename?: 'Area', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } } } | null };

export type DeskIssueCardMutationVariables = Exact<{
  input: IssueCardInput;
}>;


export type DeskIssueCardMutation = { __typename?: 'Mutation', issueCard: { __typename?: 'Card', id: string, number: string, qrPayload: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } } } };

export type DeskIssueCommunityCardMutationVariables = Exact<{
  input: IssueCommunityCardInput;
}>;


export type DeskIssueCommunityCardMutation = { __typename?: 'Mutation', issueCommunityCard: { __typename?: 'Card', id: string, number: string, qrPayload: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } } } };

export type DeskFindCardQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type DeskFindCardQuery = { __typename?: 'Query', card?: { __typename?: 'Card', id: string, number: string, qrPayload: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } } } | null };

export type DeskRenewCardMutationVariables = Exact<{
  number: Scalars['String']['input'];
  wellbeing?: InputMaybe<WellbeingAnswerInput>;
}>;


export type DeskRenewCardMutation = { __typename?: 'Mutation', renewCard: { __typename?: 'Card', id: string, number: string, qrPayload: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } } } };

export type DeskReportLostMutationVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type DeskReportLostMutation = { __typename?: 'Mutation', reportCardLost: { __typename?: 'Card', id: string, number: string, qrPayload: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } } } };

export type DeskRevokeCardMutationVariables = Exact<{
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeskRevokeCardMutation = { __typename?: 'Mutation', revokeCard: { __typename?: 'Card', id: string, number: string, qrPayload: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } } } };

export type DeskIssuedCardsQueryVariables = Exact<{
  distributorId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DeskIssuedCardsQuery = { __typename?: 'Query', issuedCards: { __typename?: 'CardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CardEdge', node: { __typename?: 'Card', id: string, number: string, kind: CardKind, status: CardStatus, validUntil: string, children: number, groupSizeLimit?: number | null } }> } };

export type DirectoryChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryChoicesQuery = { __typename?: 'Query', areas: Array<{ __typename?: 'Area', id: string, code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, municipalities: Array<{ __typename?: 'Municipality', code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }> }>, partnerCategories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }> };

export type DirectorySearchQueryVariables = Exact<{
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DirectorySearchQuery = { __typename?: 'Query', partners: { __typename?: 'PartnerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, categories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }>, venues: Array<{ __typename?: 'Venue', id: string, streetAddress: string, postalCode?: string | null, municipalityCode: string }> } }> } };

export type DirectoryPartnerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DirectoryPartnerQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, website?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, accessibility?: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } | null, categories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }>, area: { __typename?: 'Area', id: string, code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, municipalities: Array<{ __typename?: 'Municipality', code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }> }, venues: Array<{ __typename?: 'Venue', id: string, streetAddress: string, postalCode?: string | null, municipalityCode: string, name?: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } | null }>, offers: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, validFrom: string, validUntil: string, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, description?: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } | null, availability?: { __typename?: 'OfferAvailability', freePlaces?: number | null, soldOut: boolean, reason?: string | null } | null }> } | null };

export type DoorVerifyCardQueryVariables = Exact<{
  number: Scalars['String']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DoorVerifyCardQuery = { __typename?: 'Query', verifyCard: { __typename?: 'CardVerification', valid: boolean, reason?: CardInvalidReason | null, validUntil?: string | null, children?: number | null, homeArea?: { __typename?: 'Area', id: string, code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } } | null } };

export type DoorVenueQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DoorVenueQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, categories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null }>, offers: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, category: string, active: boolean, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, availability?: { __typename?: 'OfferAvailability', freePlaces?: number | null, soldOut: boolean, reason?: string | null } | null }> } | null };

export type DoorRegisterUseMutationVariables = Exact<{
  input: RegisterCardUseInput;
}>;


export type DoorRegisterUseMutation = { __typename?: 'Mutation', registerCardUse: { __typename?: 'CardUse', id: string, category: UseCategory, adultTickets: number, childTickets: number, assistantTickets: number, coursePlaces: number, usedOn: string, offerId?: string | null, cancelledAt?: string | null, createdAt: string } };

export type DoorCancelUseMutationVariables = Exact<{
  useId: Scalars['ID']['input'];
}>;


export type DoorCancelUseMutation = { __typename?: 'Mutation', cancelCardUse: { __typename?: 'CardUse', id: string, cancelledAt?: string | null } };

export type DoorVenueUsesQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
}>;


export type DoorVenueUsesQuery = { __typename?: 'Query', venueCardUses: { __typename?: 'VenueCardUseList', date: string, hasMore: boolean, uses: Array<{ __typename?: 'VenueCardUse', id: string, createdAt: string, usedOn: string, category: UseCategory, adultTickets: number, childTickets: number, assistantTickets: number, coursePlaces: number, offerId?: string | null, cancelled: boolean, cancelledAt?: string | null, cardNumberEnding: string }> } };

export type HolderCardQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type HolderCardQuery = { __typename?: 'Query', holderCard: { __typename?: 'HolderCard', validUntil: string, daysLeft: number, renewalDue: boolean, children: number, usesThisYear: number, homeArea: { __typename?: 'Area', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }, issuer: { __typename?: 'Partner', id: string, website?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, venues: Array<{ __typename?: 'Venue', id: string, streetAddress: string, postalCode?: string | null, name?: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } | null }> } } };

export type NationFiguresQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type NationFiguresQuery = { __typename?: 'Query', nationalStatistics: { __typename?: 'NationalStatistics', totals: { __typename?: 'StatisticsTotals', cardsIssued?: number | null, activeCards?: number | null, cardsUsed?: number | null, uses?: number | null, adultTickets?: number | null, childTickets?: number | null, coursePlaces?: number | null, suppressed: Array<string> }, byCategory: Array<{ __typename?: 'CategoryStatistics', category: UseCategory, uses?: number | null, adultTickets?: number | null, childTickets?: number | null, coursePlaces?: number | null, suppressed: Array<string> }>, byMonth: Array<{ __typename?: 'MonthStatistics', month: string, cardsIssued?: number | null, uses?: number | null, suppressed: Array<string> }>, byArea: Array<{ __typename?: 'AreaStatistics', area: { __typename?: 'Area', id: string, code: string, status: AreaStatus, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }, totals: { __typename?: 'StatisticsTotals', cardsIssued?: number | null, activeCards?: number | null, cardsUsed?: number | null, uses?: number | null, adultTickets?: number | null, childTickets?: number | null, coursePlaces?: number | null, suppressed: Array<string> } }>, wellbeing: { __typename?: 'WellbeingFigures', fromMonth: string, toMonth: string, atIssue: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, atRenewal: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, change: Array<{ __typename?: 'WellbeingChangeCount', direction: WellbeingChangeDirection, holders?: number | null, suppressed: Array<string> }> }, crossAreaMatrix: { __typename?: 'CrossAreaMatrix', uses: Array<Array<number | null> | null>, suppressedCells: number, homeAreas: Array<{ __typename?: 'Area', id: string, code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }>, venueAreas: Array<{ __typename?: 'Area', id: string, code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }> } } };

export type NationOpenDataQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type NationOpenDataQuery = { __typename?: 'Query', publicStatistics: { __typename?: 'PublicStatistics', year: number, totals: { __typename?: 'StatisticsTotals', cardsIssued?: number | null, cardsUsed?: number | null, uses?: number | null, suppressed: Array<string> }, byArea: Array<{ __typename?: 'PublicAreaStatistics', cardsIssued?: number | null, cardsUsed?: number | null, uses?: number | null, suppressed: Array<string>, area: { __typename?: 'Area', code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } } }> } };

export type SignInChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInChoicesQuery = { __typename?: 'Query', areas: Array<{ __typename?: 'Area', code: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }>, venues: { __typename?: 'PartnerConnection', edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, area: { __typename?: 'Area', code: string } } }> }, distributors: { __typename?: 'PartnerConnection', edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', id: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, area: { __typename?: 'Area', code: string } } }> } };

export type WellbeingFigureFieldsFragment = { __typename?: 'WellbeingFigures', fromMonth: string, toMonth: string, atIssue: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, atRenewal: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, change: Array<{ __typename?: 'WellbeingChangeCount', direction: WellbeingChangeDirection, holders?: number | null, suppressed: Array<string> }> };

export const DeskCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]} as unknown as DocumentNode<DeskCardFragment, unknown>;
export const WellbeingFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WellbeingFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WellbeingFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"atIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<WellbeingFigureFieldsFragment, unknown>;
export const AreaListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AreaListQuery, AreaListQueryVariables>;
export const AreaTrialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaTrial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"localOnly"}},{"kind":"Field","name":{"kind":"Name","value":"trialSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"needsOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<AreaTrialQuery, AreaTrialQueryVariables>;
export const AreaCompleteStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaCompleteStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTrialStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTrialStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<AreaCompleteStepMutation, AreaCompleteStepMutationVariables>;
export const AreaAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkingGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaAddMemberMutation, AreaAddMemberMutationVariables>;
export const AreaUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkingGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkingGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaUpdateMemberMutation, AreaUpdateMemberMutationVariables>;
export const AreaRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWorkingGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaRemoveMemberMutation, AreaRemoveMemberMutationVariables>;
export const AreaRecordAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaRecordAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCooperationAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaRecordAgreementMutation, AreaRecordAgreementMutationVariables>;
export const AreaChangeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaChangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAreaStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overrideReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AreaChangeStatusMutation, AreaChangeStatusMutationVariables>;
export const AreaNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"distributors"}},{"kind":"Field","name":{"kind":"Name","value":"culturePartners"}},{"kind":"Field","name":{"kind":"Name","value":"thirdSector"}},{"kind":"Field","name":{"kind":"Name","value":"withSignedAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"withPrinciplesAccepted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"principlesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaNetworkQuery, AreaNetworkQueryVariables>;
export const AreaCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<AreaCategoriesQuery, AreaCategoriesQueryVariables>;
export const AreaPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreementValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"principlesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"principlesAcceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaPartnerQuery, AreaPartnerQueryVariables>;
export const AreaRegisterPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaRegisterPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaRegisterPartnerMutation, AreaRegisterPartnerMutationVariables>;
export const AreaSetPartnerCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaSetPartnerCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPartnerCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaSetPartnerCategoriesMutation, AreaSetPartnerCategoriesMutationVariables>;
export const AreaSetPartnerContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaSetPartnerContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPartnerContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaSetPartnerContactsMutation, AreaSetPartnerContactsMutationVariables>;
export const AreaAddVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaAddVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaAddVenueMutation, AreaAddVenueMutationVariables>;
export const AreaRemoveVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaRemoveVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaRemoveVenueMutation, AreaRemoveVenueMutationVariables>;
export const AreaRecordPartnerAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaRecordPartnerAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPartnerAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"signedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"validUntil"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaRecordPartnerAgreementMutation, AreaRecordPartnerAgreementMutationVariables>;
export const AreaAcceptPrinciplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaAcceptPrinciples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOperatingPrinciples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaAcceptPrinciplesMutation, AreaAcceptPrinciplesMutationVariables>;
export const AreaCreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaCreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaCreateOfferMutation, AreaCreateOfferMutationVariables>;
export const AreaUpdateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AreaUpdateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AreaUpdateOfferMutation, AreaUpdateOfferMutationVariables>;
export const AreaFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"activeCards"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdersWentTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitorsFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wellbeing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WellbeingFigureFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WellbeingFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WellbeingFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"atIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<AreaFiguresQuery, AreaFiguresQueryVariables>;
export const DeskUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskUnitQuery, DeskUnitQueryVariables>;
export const DeskIssueCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskIssueCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]} as unknown as DocumentNode<DeskIssueCardMutation, DeskIssueCardMutationVariables>;
export const DeskIssueCommunityCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskIssueCommunityCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCommunityCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCommunityCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]} as unknown as DocumentNode<DeskIssueCommunityCardMutation, DeskIssueCommunityCardMutationVariables>;
export const DeskFindCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskFindCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]} as unknown as DocumentNode<DeskFindCardQuery, DeskFindCardQueryVariables>;
export const DeskRenewCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskRenewCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wellbeing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WellbeingAnswerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"wellbeing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wellbeing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]} as unknown as DocumentNode<DeskRenewCardMutation, DeskRenewCardMutationVariables>;
export const DeskReportLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskReportLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCardLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]} as unknown as DocumentNode<DeskReportLostMutation, DeskReportLostMutationVariables>;
export const DeskRevokeCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskRevokeCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeskCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeskCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]} as unknown as DocumentNode<DeskRevokeCardMutation, DeskRevokeCardMutationVariables>;
export const DeskIssuedCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskIssuedCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"distributorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"distributorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"distributorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiringWithinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiringWithinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskIssuedCardsQuery, DeskIssuedCardsQueryVariables>;
export const DirectoryChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryChoicesQuery, DirectoryChoicesQueryVariables>;
export const DirectorySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectorySearchQuery, DirectorySearchQueryVariables>;
export const DirectoryPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectoryPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryPartnerQuery, DirectoryPartnerQueryVariables>;
export const DoorVerifyCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoorVerifyCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DoorVerifyCardQuery, DoorVerifyCardQueryVariables>;
export const DoorVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoorVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DoorVenueQuery, DoorVenueQueryVariables>;
export const DoorRegisterUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DoorRegisterUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCardUseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCardUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"assistantTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"usedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DoorRegisterUseMutation, DoorRegisterUseMutationVariables>;
export const DoorCancelUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DoorCancelUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"useId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCardUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"useId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"useId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]} as unknown as DocumentNode<DoorCancelUseMutation, DoorCancelUseMutationVariables>;
export const DoorVenueUsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoorVenueUses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueCardUses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"assistantTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumberEnding"}}]}}]}}]}}]} as unknown as DocumentNode<DoorVenueUsesQuery, DoorVenueUsesQueryVariables>;
export const HolderCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolderCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"renewalDue"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"usesThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HolderCardQuery, HolderCardQueryVariables>;
export const NationFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"activeCards"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"activeCards"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wellbeing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WellbeingFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crossAreaMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedCells"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WellbeingFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WellbeingFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"atIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<NationFiguresQuery, NationFiguresQueryVariables>;
export const NationOpenDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationOpenData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<NationOpenDataQuery, NationOpenDataQueryVariables>;
export const SignInChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"venues"},"name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"CULTURE_PARTNER"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"distributors"},"name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"CARD_DISTRIBUTOR"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignInChoicesQuery, SignInChoicesQueryVariables>;
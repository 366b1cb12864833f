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

export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  edges: Array<AccessLogEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  cursor: Scalars['String']['output'];
  node: AccessLogEntry;
};

/** One read or change of card data */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The card's pseudonym (never its number) */
  cardKey?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
  /** The roles and scopes the caller held */
  roles: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

/** A recorded decision to activate an area before its trial steps were complete */
export type ActivationOverride = {
  __typename?: 'ActivationOverride';
  overriddenAt: Scalars['DateTime']['output'];
  /** Who overrode (the admin's user id); only for those who see contact details */
  overriddenBy?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
};

/** An area that runs Kaikukortti locally */
export type Area = {
  __typename?: 'Area';
  activatedOn?: Maybe<Scalars['Date']['output']>;
  /** The latest activation before the ten steps were complete, if any */
  activationOverride?: Maybe<ActivationOverride>;
  /** Unique slug, e.g. "helsinki" */
  code: Scalars['String']['output'];
  /** Null until the agreement is recorded */
  cooperationAgreement?: Maybe<CooperationAgreement>;
  id: Scalars['ID']['output'];
  kind: AreaKind;
  /** A trial whose cards work only inside this area */
  localOnly: Scalars['Boolean']['output'];
  /** The municipalities the area covers, by Finnish name */
  municipalities: Array<Municipality>;
  name: LocalizedText;
  /** Counts of active partners by role, sector and agreement */
  partnerCounts: PartnerCounts;
  /** The area's partners by Finnish name (the public sees active partners of areas in the network) */
  partners: PartnerConnection;
  /** The programme's conditions, each passed or not with a reason in the caller's language (partners from the partners event log) */
  readiness: AreaReadiness;
  /** The area's figures for a period (its coordinators see small counts suppressed) */
  statistics: AreaStatistics;
  status: AreaStatus;
  /** Every other status, each with whether the caller may move the area there now and why not (the rules of changeAreaStatus) */
  statusChanges: Array<AreaStatusChange>;
  trialStartedOn?: Maybe<Scalars['Date']['output']>;
  /** The trial's ten steps, in order, with what the area has recorded */
  trialSteps: Array<TrialStep>;
  /** The local working group (contact details only for its coordinators and national admins) */
  workingGroup: Array<WorkingGroupMember>;
};


/** An area that runs Kaikukortti locally */
export type AreaPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<PartnerRole>;
};


/** An area that runs Kaikukortti locally */
export type AreaStatisticsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** What kind of public body runs the area */
export type AreaKind =
  | 'MUNICIPALITY'
  | 'REGION'
  | 'WELLBEING_SERVICES_COUNTY';

/** Whether the area meets the conditions of the programme */
export type AreaReadiness = {
  __typename?: 'AreaReadiness';
  checks: Array<ReadinessCheck>;
  /** Every check passed */
  ready: Scalars['Boolean']['output'];
};

/** An area's figures: its cards, and the uses of its cards anywhere in the network */
export type AreaStatistics = {
  __typename?: 'AreaStatistics';
  area: Area;
  byCategory: Array<CategoryStatistics>;
  byMonth: Array<MonthStatistics>;
  demographics: Demographics;
  from: Scalars['Date']['output'];
  /** Where this area's holders used their cards: one row per venue area (this area's own included), in area id order */
  holdersWentTo: Array<CrossAreaUse>;
  /** The same figures for the same period a year earlier */
  previousYear: StatisticsTotals;
  to: Scalars['Date']['output'];
  totals: StatisticsTotals;
  /** Uses at this area's venues by holders of other areas: one row per home area, in area id order */
  visitorsFrom: Array<CrossAreaUse>;
  /** The voluntary wellbeing question: answers by band at issue and at renewal, and the change between them */
  wellbeing: WellbeingFigures;
};

/** Where the area is in taking the card into use */
export type AreaStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED'
  | 'PLANNING'
  | 'TRIAL';

/** A status the area could move to: whether the caller may move it there now, and why not */
export type AreaStatusChange = {
  __typename?: 'AreaStatusChange';
  /** changeAreaStatus to this status would succeed for the caller now (with an overrideReason when needsOverrideReason) */
  allowed: Scalars['Boolean']['output'];
  /** Allowed only with an overrideReason: a national admin activating before the ten steps are complete */
  needsOverrideReason: Scalars['Boolean']['output'];
  /** Why not, or what the move needs, in the caller's language; null when it is allowed as it is */
  reason?: Maybe<Scalars['String']['output']>;
  status: AreaStatus;
};

/** A number per event, a number over the whole period, or a share of each event's capacity */
export type CapKind =
  | 'PER_EVENT'
  | 'PER_PERIOD'
  | 'SHARE_OF_CAPACITY';

/** A Kaikukortti card */
export type Card = {
  __typename?: 'Card';
  /** Personal cards: the year the holder was born */
  birthYear?: Maybe<Scalars['Int']['output']>;
  /** Children who may come along free (personal cards) */
  children: Scalars['Int']['output'];
  /** Community cards: the largest group one visit may bring */
  groupSizeLimit?: Maybe<Scalars['Int']['output']>;
  homeArea: Area;
  id: Scalars['ID']['output'];
  /** The issuing unit */
  issuedBy: Partner;
  kind: CardKind;
  /** The card number as printed, XXXX-XXXX-XXX */
  number: Scalars['String']['output'];
  postcode?: Maybe<Scalars['String']['output']>;
  /** What the QR code on the card encodes: the number and a check the platform can verify */
  qrPayload: Scalars['String']['output'];
  revokedReason?: Maybe<Scalars['String']['output']>;
  status: CardStatus;
  validFrom: Scalars['Date']['output'];
  validUntil: Scalars['Date']['output'];
};

export type CardConnection = {
  __typename?: 'CardConnection';
  edges: Array<CardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CardEdge = {
  __typename?: 'CardEdge';
  cursor: Scalars['String']['output'];
  node: Card;
};

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

/** An area's card rules (national defaults unless the area set its own) */
export type CardRules = {
  __typename?: 'CardRules';
  areaCode: Scalars['String']['output'];
  /** How many days back a venue may date a use */
  backdateDays: Scalars['Int']['output'];
  /** How long a new or renewed card is valid */
  validityMonths: Scalars['Int']['output'];
};

/** EXPIRED is derived from the validity date */
export type CardStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'LOST'
  | 'REPLACED'
  | 'REVOKED';

/** A recorded use of a card at a venue */
export type CardUse = {
  __typename?: 'CardUse';
  adultTickets: Scalars['Int']['output'];
  /** A personal assistant or interpreter, counted apart from the holder */
  assistantTickets: Scalars['Int']['output'];
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  category: UseCategory;
  childTickets: Scalars['Int']['output'];
  coursePlaces: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  offerId?: Maybe<Scalars['ID']['output']>;
  usedOn: Scalars['Date']['output'];
};

export type CardVerification = {
  __typename?: 'CardVerification';
  /** How many children may come along free */
  children?: Maybe<Scalars['Int']['output']>;
  homeArea?: Maybe<Area>;
  reason?: Maybe<CardInvalidReason>;
  valid: Scalars['Boolean']['output'];
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** Uses of one category, adults and children apart */
export type CategoryStatistics = {
  __typename?: 'CategoryStatistics';
  adultTickets?: Maybe<Scalars['Int']['output']>;
  category: UseCategory;
  childTickets?: Maybe<Scalars['Int']['output']>;
  coursePlaces?: Maybe<Scalars['Int']['output']>;
  /** Fields hidden because the count is too small to publish (or could be worked out from one that is) */
  suppressed: Array<Scalars['String']['output']>;
  uses?: Maybe<Scalars['Int']['output']>;
};

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
export type CooperationAgreement = {
  __typename?: 'CooperationAgreement';
  /** Where the signed document is kept, e.g. a case number */
  documentReference: Scalars['String']['output'];
  signedOn: Scalars['Date']['output'];
  validFrom: Scalars['Date']['output'];
  /** Open-ended when null */
  validUntil?: Maybe<Scalars['Date']['output']>;
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

/** WGS84 coordinates */
export type Coordinates = {
  __typename?: 'Coordinates';
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
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

/** Home area x venue area as a matrix: uses[i][j] is the uses by holders of homeAreas[i] at venues of venueAreas[j] (null where suppressed) */
export type CrossAreaMatrix = {
  __typename?: 'CrossAreaMatrix';
  homeAreas: Array<Area>;
  /** Cells hidden by small-cell suppression */
  suppressedCells: Scalars['Int']['output'];
  uses: Array<Maybe<Array<Maybe<Scalars['Int']['output']>>>>;
  venueAreas: Array<Area>;
};

/** Uses by holders of one area at venues of another (or the same) area */
export type CrossAreaUse = {
  __typename?: 'CrossAreaUse';
  homeArea: Area;
  /** Fields hidden because the count is too small to publish (or could be worked out from one that is) */
  suppressed: Array<Scalars['String']['output']>;
  uses?: Maybe<Scalars['Int']['output']>;
  venueArea: Area;
};

export type DemographicGroup = {
  __typename?: 'DemographicGroup';
  cards?: Maybe<Scalars['Int']['output']>;
  /** The group, e.g. "25-34", "2", "UNEMPLOYED", "331", or "UNKNOWN" */
  group: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
};

/** Cards issued in the period, by what was recorded at issue */
export type Demographics = {
  __typename?: 'Demographics';
  /** Age at the end of the period, from the birth year */
  ageGroups: Array<DemographicGroup>;
  /** Children recorded on the card: 0, 1, 2, 3+ */
  children: Array<DemographicGroup>;
  genders: Array<DemographicGroup>;
  lifeSituations: Array<DemographicGroup>;
  /** Postcode area: the first three digits */
  postcodeAreas: Array<DemographicGroup>;
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

/** Card uses at the sport venues of one facility type */
export type FacilityVisits = {
  __typename?: 'FacilityVisits';
  facilityType: FacilityType;
  /** Counts hidden because they are too small to publish (or could be worked out from one that is) */
  suppressed: Array<Scalars['String']['output']>;
  /** Card uses in the year; null when suppressed (see suppressed) */
  visits?: Maybe<Scalars['Int']['output']>;
};

/** A weekly time slot or pass free for card holders */
export type FreeSlot = {
  __typename?: 'FreeSlot';
  ends: Scalars['String']['output'];
  facilityType: FacilityType;
  /** Card holders per slot */
  places: Scalars['Int']['output'];
  starts: Scalars['String']['output'];
  weekday: Weekday;
};

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

/** A holder's own card: validity, children, home area, the unit that renews it and the uses this year */
export type HolderCard = {
  __typename?: 'HolderCard';
  /** How many children may come along free */
  children: Scalars['Int']['output'];
  /** Days from today (Finnish time) to the last valid day; negative once expired */
  daysLeft: Scalars['Int']['output'];
  homeArea: Area;
  /** The issuing unit, where the card is renewed */
  issuer: Partner;
  /** True when the card expires within 30 days or has expired: time to renew it */
  renewalDue: Scalars['Boolean']['output'];
  /** Uses recorded this year (Finnish time) and not cancelled, the holder's replaced cards included */
  usesThisYear: Scalars['Int']['output'];
  /** The last day the card is valid */
  validUntil: Scalars['Date']['output'];
};

export type ImportCardUsesInput = {
  /** Row number of the first row in the file (for the report), default 1 */
  firstRowNumber?: InputMaybe<Scalars['Int']['input']>;
  partnerId: Scalars['ID']['input'];
  /** At most 500 rows per call */
  rows: Array<ImportedUseRow>;
};

export type ImportRejection = {
  __typename?: 'ImportRejection';
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  /** Row number in the file */
  row: Scalars['Int']['output'];
};

export type ImportReport = {
  __typename?: 'ImportReport';
  /** Rows recorded now */
  accepted: Scalars['Int']['output'];
  /** Rows recorded by an earlier import of the same file: not counted twice */
  alreadyRecorded: Scalars['Int']['output'];
  rejected: Array<ImportRejection>;
  uses: Array<CardUse>;
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

/** Text in Finnish, Swedish and English; Finnish is always present */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  en?: Maybe<Scalars['String']['output']>;
  fi: Scalars['String']['output'];
  sv?: Maybe<Scalars['String']['output']>;
};

export type LocalizedTextInput = {
  en?: InputMaybe<Scalars['String']['input']>;
  fi: Scalars['String']['input'];
  sv?: InputMaybe<Scalars['String']['input']>;
};

export type MonthStatistics = {
  __typename?: 'MonthStatistics';
  adultTickets?: Maybe<Scalars['Int']['output']>;
  cardsIssued?: Maybe<Scalars['Int']['output']>;
  childTickets?: Maybe<Scalars['Int']['output']>;
  coursePlaces?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Fields hidden because the count is too small to publish (or could be worked out from one that is) */
  suppressed: Array<Scalars['String']['output']>;
  uses?: Maybe<Scalars['Int']['output']>;
};

/** A municipality with its official code, region and wellbeing services county */
export type Municipality = {
  __typename?: 'Municipality';
  /** Official three-digit code, e.g. "091" */
  code: Scalars['String']['output'];
  name: LocalizedText;
  /** Official two-digit region code, e.g. "01" */
  regionCode: Scalars['String']['output'];
  /** The region (maakunta) in Finnish */
  regionName: Scalars['String']['output'];
  /** The wellbeing services county (none in Åland) */
  wellbeingServicesCounty?: Maybe<LocalizedText>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records acceptance of the national operating principles (a version such as "2024-1") */
  acceptOperatingPrinciples: Partner;
  /** Adds a performance of an offer, with its seats */
  addOfferEvent: OfferEvent;
  /** Adds a venue to a partner */
  addVenue: Venue;
  /** Adds a member to an area's working group */
  addWorkingGroupMember: WorkingGroupMember;
  /** Cancels a use recorded by mistake; statistics drop it */
  cancelCardUse: CardUse;
  /** Moves the area to another status. ACTIVE needs all ten trial steps complete, or a national admin's overrideReason (recorded). */
  changeAreaStatus: Area;
  /** Records one of the trial's ten steps: its completion date, the responsible working-group member and notes */
  completeTrialStep: TrialStep;
  /** Creates an area in PLANNING (national admins only) */
  createArea: Area;
  /** Creates an offer, optionally with a cap */
  createOffer: Offer;
  /** Enters uses from paper or a spreadsheet. Each row is checked like a single use; importing the same rows again records nothing twice. */
  importCardUses: ImportReport;
  /** Issues a personal card at an issuing unit */
  issueCard: Card;
  /** A card held by the unit for its clients' group visits */
  issueCommunityCard: Card;
  /** Records the cooperation agreement with the national support and development service */
  recordCooperationAgreement: Area;
  /** Records the partner's trial agreement with its area */
  recordPartnerAgreement: Partner;
  /** Records a use; the same idempotencyKey again returns the first result */
  registerCardUse: CardUse;
  /** Registers a partner in an area (national admins, the area's coordinators) */
  registerPartner: Partner;
  /** Removes a venue; returns its partner */
  removeVenue: Partner;
  /** Removes a member from the working group; steps they answered for lose their responsible member */
  removeWorkingGroupMember: WorkingGroupMember;
  /** Extends validity by the area's period, from today or from the current end, whichever is later */
  renewCard: Card;
  /** Replaces a damaged card with a new number (same holder) */
  replaceCard: Card;
  /** Closes a lost or stolen card and returns its replacement (same holder) */
  reportCardLost: Card;
  /** Closes a card for good, with a reason */
  revokeCard: Card;
  /** Sets the municipalities an area covers (official codes); the list replaces the old one */
  setAreaMunicipalities: Area;
  /** Sets an area's card validity and back-dating window */
  setCardRules: CardRules;
  /** Marks a performance sold out (no free tickets) or open again */
  setOfferEventSoldOut: OfferEvent;
  /** Replaces the partner's categories (codes of the taxonomy) */
  setPartnerCategories: Partner;
  /** Replaces the partner's contact persons (its own staff may keep them up to date) */
  setPartnerContacts: Partner;
  /** Sets a partner's sport facilities (partners of the Tampere region only) */
  sportVenuesSetVenue: Partner;
  /** Changes an area's names, kind, local-only flag or municipalities */
  updateArea: Area;
  /** Changes an offer: only the given fields change */
  updateOffer: Offer;
  /** Changes a partner; moving it to another area needs the right to both areas */
  updatePartner: Partner;
  /** Replaces a venue's details */
  updateVenue: Venue;
  /** Changes a working-group member; fields left out stay as they are */
  updateWorkingGroupMember: WorkingGroupMember;
};


export type MutationAcceptOperatingPrinciplesArgs = {
  partnerId: Scalars['ID']['input'];
  version: Scalars['String']['input'];
};


export type MutationAddOfferEventArgs = {
  input: OfferEventInput;
  offerId: Scalars['ID']['input'];
};


export type MutationAddVenueArgs = {
  input: VenueInput;
  partnerId: Scalars['ID']['input'];
};


export type MutationAddWorkingGroupMemberArgs = {
  areaCode: Scalars['String']['input'];
  input: WorkingGroupMemberInput;
};


export type MutationCancelCardUseArgs = {
  useId: Scalars['ID']['input'];
};


export type MutationChangeAreaStatusArgs = {
  code: Scalars['String']['input'];
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  status: AreaStatus;
};


export type MutationCompleteTrialStepArgs = {
  input: CompleteTrialStepInput;
};


export type MutationCreateAreaArgs = {
  input: CreateAreaInput;
};


export type MutationCreateOfferArgs = {
  input: OfferInput;
};


export type MutationImportCardUsesArgs = {
  input: ImportCardUsesInput;
};


export type MutationIssueCardArgs = {
  input: IssueCardInput;
};


export type MutationIssueCommunityCardArgs = {
  input: IssueCommunityCardInput;
};


export type MutationRecordCooperationAgreementArgs = {
  areaCode: Scalars['String']['input'];
  input: CooperationAgreementInput;
};


export type MutationRecordPartnerAgreementArgs = {
  partnerId: Scalars['ID']['input'];
  signedOn: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegisterCardUseArgs = {
  input: RegisterCardUseInput;
};


export type MutationRegisterPartnerArgs = {
  input: RegisterPartnerInput;
};


export type MutationRemoveVenueArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveWorkingGroupMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRenewCardArgs = {
  number: Scalars['String']['input'];
  wellbeing?: InputMaybe<WellbeingAnswerInput>;
};


export type MutationReplaceCardArgs = {
  number: Scalars['String']['input'];
};


export type MutationReportCardLostArgs = {
  number: Scalars['String']['input'];
};


export type MutationRevokeCardArgs = {
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetAreaMunicipalitiesArgs = {
  code: Scalars['String']['input'];
  municipalityCodes: Array<Scalars['String']['input']>;
};


export type MutationSetCardRulesArgs = {
  areaCode: Scalars['String']['input'];
  backdateDays: Scalars['Int']['input'];
  validityMonths: Scalars['Int']['input'];
};


export type MutationSetOfferEventSoldOutArgs = {
  eventId: Scalars['ID']['input'];
  soldOut: Scalars['Boolean']['input'];
};


export type MutationSetPartnerCategoriesArgs = {
  categories: Array<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type MutationSetPartnerContactsArgs = {
  contacts: Array<ContactInput>;
  partnerId: Scalars['ID']['input'];
};


export type MutationSportVenuesSetVenueArgs = {
  input: SportVenueInput;
  partnerId: Scalars['ID']['input'];
};


export type MutationUpdateAreaArgs = {
  code: Scalars['String']['input'];
  input: UpdateAreaInput;
};


export type MutationUpdateOfferArgs = {
  id: Scalars['ID']['input'];
  input: OfferChangesInput;
};


export type MutationUpdatePartnerArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnerInput;
};


export type MutationUpdateVenueArgs = {
  id: Scalars['ID']['input'];
  input: VenueInput;
};


export type MutationUpdateWorkingGroupMemberArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWorkingGroupMemberInput;
};

export type NationalStatistics = {
  __typename?: 'NationalStatistics';
  /** One row per area with cards or uses in the period */
  byArea: Array<AreaStatistics>;
  byCategory: Array<CategoryStatistics>;
  byMonth: Array<MonthStatistics>;
  byPartnerSector: Array<SectorStatistics>;
  /** Home area x venue area, one row per pair with uses */
  crossArea: Array<CrossAreaUse>;
  /** The cross-area table as a matrix (the same cells and suppression as crossArea) */
  crossAreaMatrix: CrossAreaMatrix;
  demographics: Demographics;
  from: Scalars['Date']['output'];
  /** The same figures for the same period a year earlier */
  previousYear: StatisticsTotals;
  to: Scalars['Date']['output'];
  totals: StatisticsTotals;
  /** The voluntary wellbeing question: answers by band at issue and at renewal, and the change between them */
  wellbeing: WellbeingFigures;
};

/** An offer to card holders */
export type Offer = {
  __typename?: 'Offer';
  active: Scalars['Boolean']['output'];
  /** Free places on a date (default today, Finnish time) or at one performance, after the card uses recorded so far; null only when they cannot be counted right now (an error with this path says so) */
  availability?: Maybe<OfferAvailability>;
  cap?: Maybe<OfferCap>;
  /** Category code, e.g. CULTURE */
  category: Scalars['String']['output'];
  description?: Maybe<LocalizedText>;
  /** Performances, by date */
  events: Array<OfferEvent>;
  id: Scalars['ID']['output'];
  kind: OfferKind;
  title: LocalizedText;
  validFrom: Scalars['Date']['output'];
  validUntil: Scalars['Date']['output'];
};


/** An offer to card holders */
export type OfferAvailabilityArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
};

/** Free places of an offer on a date or at a performance, after the card uses recorded */
export type OfferAvailability = {
  __typename?: 'OfferAvailability';
  /** Places the cap allows in all on this date or at this performance (over the whole period for a cap per period) */
  cap?: Maybe<Scalars['Int']['output']>;
  /** The performance counted */
  event?: Maybe<OfferEvent>;
  /** Places left for card holders: the cap (or the seats) minus the places of the uses recorded and not cancelled; null when nothing limits the offer */
  freePlaces?: Maybe<Scalars['Int']['output']>;
  /** Why nothing is free: OUTSIDE_VALIDITY, INACTIVE, SOLD_OUT (the venue marked the performance sold out) or ALL_TAKEN (the uses recorded took every place) */
  reason?: Maybe<Scalars['String']['output']>;
  /** True when no place is left or the venue marked the performance sold out */
  soldOut: Scalars['Boolean']['output'];
  /** Places taken by the uses recorded and not cancelled, counted where the cap counts them; null when nothing limits the offer */
  taken?: Maybe<Scalars['Int']['output']>;
};

/** How many card holders an offer takes */
export type OfferCap = {
  __typename?: 'OfferCap';
  amount?: Maybe<Scalars['Int']['output']>;
  /** Seats per event, for a share of capacity */
  capacity?: Maybe<Scalars['Int']['output']>;
  kind: CapKind;
  /** Percent of capacity, e.g. 5 */
  percent?: Maybe<Scalars['Float']['output']>;
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
export type OfferEvent = {
  __typename?: 'OfferEvent';
  /** Seats of this performance */
  capacity?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Sold out: no free tickets */
  soldOut: Scalars['Boolean']['output'];
  startsOn: Scalars['Date']['output'];
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

/** Opening hours on one weekday, local time HH:MM */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  closes: Scalars['String']['output'];
  opens: Scalars['String']['output'];
  weekday: Weekday;
};

export type OpeningHoursInput = {
  closes: Scalars['String']['input'];
  opens: Scalars['String']['input'];
  weekday: Weekday;
};

/** Relay page information */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A card distributor or a culture (or sport) partner */
export type Partner = {
  __typename?: 'Partner';
  /** Accessibility notes */
  accessibility?: Maybe<LocalizedText>;
  /** Inactive partners are left out of the public directory */
  active: Scalars['Boolean']['output'];
  /** The trial agreement with the area was signed */
  agreementSignedOn?: Maybe<Scalars['Date']['output']>;
  agreementValidUntil?: Maybe<Scalars['Date']['output']>;
  /** The home area */
  area: Area;
  /** Categories, top categories first */
  categories: Array<PartnerCategory>;
  /** Contact persons: null unless the caller works with this partner (national admins, the area's coordinators, its own staff) */
  contacts?: Maybe<Array<PartnerContact>>;
  id: Scalars['ID']['output'];
  name: LocalizedText;
  /** Offers valid today or later */
  offers: Array<Offer>;
  principlesAcceptedOn?: Maybe<Scalars['Date']['output']>;
  /** Version of the national operating principles accepted */
  principlesVersion?: Maybe<Scalars['String']['output']>;
  roles: Array<PartnerRole>;
  sector: PartnerSector;
  /** Sport facilities (Tampere region only; null elsewhere) */
  sportVenue?: Maybe<SportVenue>;
  /** The partner's figures for a period: as a venue and as an issuing unit */
  statistics: PartnerStatistics;
  venues: Array<Venue>;
  website?: Maybe<Scalars['String']['output']>;
};


/** A card distributor or a culture (or sport) partner */
export type PartnerStatisticsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** A category of what partners offer */
export type PartnerCategory = {
  __typename?: 'PartnerCategory';
  /** e.g. CULTURE or culture.theatre */
  code: Scalars['String']['output'];
  name: LocalizedText;
  /** The top category; null for a top category */
  parentCode?: Maybe<Scalars['String']['output']>;
};

export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A contact person of a partner */
export type PartnerContact = {
  __typename?: 'PartnerContact';
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

/** Counts of an area's active partners, for its readiness */
export type PartnerCounts = {
  __typename?: 'PartnerCounts';
  culturePartners: Scalars['Int']['output'];
  /** Card distributors (issuing units) */
  distributors: Scalars['Int']['output'];
  /** Third-sector partners: the network needs at least one */
  thirdSector: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  withPrinciplesAccepted: Scalars['Int']['output'];
  withSignedAgreement: Scalars['Int']['output'];
};

export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  cursor: Scalars['String']['output'];
  node: Partner;
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

/** A partner's figures: uses at it as a venue, and the cards it issued and their use */
export type PartnerStatistics = {
  __typename?: 'PartnerStatistics';
  /** Cards issued by this unit in the period, and their uses anywhere */
  asIssuer: StatisticsTotals;
  asVenue: VenueFigures;
  from: Scalars['Date']['output'];
  partner: Partner;
  to: Scalars['Date']['output'];
};

export type PublicAreaStatistics = {
  __typename?: 'PublicAreaStatistics';
  area: Area;
  cardsIssued?: Maybe<Scalars['Int']['output']>;
  /** Activated: used at least once */
  cardsUsed?: Maybe<Scalars['Int']['output']>;
  suppressed: Array<Scalars['String']['output']>;
  uses?: Maybe<Scalars['Int']['output']>;
};

/** Open data: yearly totals, every small count suppressed */
export type PublicStatistics = {
  __typename?: 'PublicStatistics';
  byArea: Array<PublicAreaStatistics>;
  totals: StatisticsTotals;
  year: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One area by its code */
  area?: Maybe<Area>;
  /** Areas of the network, optionally with one status, by Finnish name */
  areas: Array<Area>;
  /** A card of the caller's issuing unit, by number */
  card?: Maybe<Card>;
  /** Who read or changed card data, newest first (national admins only) */
  cardAccessLog: AccessLogConnection;
  /** The card rules of an area */
  cardRules: CardRules;
  /** A holder reads their own card by its number or QR payload (no sign-in). A mistyped number and one of no card in use get the same BAD_USER_INPUT in the same time; attempts are limited per client address (RATE_LIMITED) */
  holderCard: HolderCard;
  /** The cards an issuing unit has issued, newest first (its distributors and national admins) */
  issuedCards: CardConnection;
  /** Municipalities by Finnish name; search matches the start of a name (fi or sv) or a code */
  municipalities: Array<Municipality>;
  /** Figures for the whole network in a period (suppressed below the threshold unless NATIONAL_ADMIN or ANALYST) */
  nationalStatistics: NationalStatistics;
  /** One offer of a partner the caller may see; NOT_FOUND naming `id` when there is none */
  offer?: Maybe<Offer>;
  /** One partner, when the caller may see it */
  partner?: Maybe<Partner>;
  /** The category taxonomy: top categories first, then their subcategories */
  partnerCategories: Array<PartnerCategory>;
  /** The partner directory, by Finnish name; the public sees active partners of areas in the network */
  partners: PartnerConnection;
  /** Open data for a year: national and per-area totals, every small count suppressed. No sign-in needed. */
  publicStatistics: PublicStatistics;
  /** Sport venues of the Tampere region, as partners (their names, venues and offers are on Partner) */
  sportVenues: Array<Partner>;
  /** Card uses at the area's sport venues in a year, per facility type; small counts are suppressed unless NATIONAL_ADMIN or ANALYST */
  sportVenuesVisits: Array<FacilityVisits>;
  /** The uses recorded at a venue on a date (today in Finland by default), newest first, cancelled ones included (the venue's staff and national admins) */
  venueCardUses: VenueCardUseList;
  /** Checks a card (typed number or scanned QR payload) at the door */
  verifyCard: CardVerification;
};


export type QueryAreaArgs = {
  code: Scalars['String']['input'];
};


export type QueryAreasArgs = {
  status?: InputMaybe<AreaStatus>;
};


export type QueryCardArgs = {
  number: Scalars['String']['input'];
};


export type QueryCardAccessLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCardRulesArgs = {
  areaCode: Scalars['String']['input'];
};


export type QueryHolderCardArgs = {
  number: Scalars['String']['input'];
};


export type QueryIssuedCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  distributorId: Scalars['ID']['input'];
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMunicipalitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNationalStatisticsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type QueryOfferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPublicStatisticsArgs = {
  year: Scalars['Int']['input'];
};


export type QuerySportVenuesArgs = {
  filter?: InputMaybe<SportVenueFilter>;
};


export type QuerySportVenuesVisitsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryVenueCardUsesArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  first?: Scalars['Int']['input'];
  partnerId: Scalars['ID']['input'];
};


export type QueryVerifyCardArgs = {
  number: Scalars['String']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
};

/** One readiness condition, passed or not, with the reason in the caller's language */
export type ReadinessCheck = {
  __typename?: 'ReadinessCheck';
  code: ReadinessCheckCode;
  passed: Scalars['Boolean']['output'];
  /** Why, in the language of Accept-Language (fi, sv or en) */
  reason: Scalars['String']['output'];
};

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

/** Uses by the venue's sector */
export type SectorStatistics = {
  __typename?: 'SectorStatistics';
  adultTickets?: Maybe<Scalars['Int']['output']>;
  childTickets?: Maybe<Scalars['Int']['output']>;
  /** PUBLIC, PRIVATE, THIRD_SECTOR (UNKNOWN before the sector was known) */
  sector: Scalars['String']['output'];
  /** Fields hidden because the count is too small to publish (or could be worked out from one that is) */
  suppressed: Array<Scalars['String']['output']>;
  uses?: Maybe<Scalars['Int']['output']>;
};

/** A sport venue of the Tampere region: its facilities, opening hours and free slots for card holders */
export type SportVenue = {
  __typename?: 'SportVenue';
  /** Accessibility of the facilities */
  accessibility?: Maybe<Scalars['String']['output']>;
  facilityTypes: Array<FacilityType>;
  freeSlots: Array<FreeSlot>;
  openingHours: Array<OpeningHours>;
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

/** Counts for a period; null where suppressed (see `suppressed`) */
export type StatisticsTotals = {
  __typename?: 'StatisticsTotals';
  /** Cards valid on the last day of the period */
  activeCards?: Maybe<Scalars['Int']['output']>;
  adultTickets?: Maybe<Scalars['Int']['output']>;
  /** Cards issued in the period (a replacement continues its holder and is not counted) */
  cardsIssued?: Maybe<Scalars['Int']['output']>;
  /** Card holders who used their card at least once in the period */
  cardsUsed?: Maybe<Scalars['Int']['output']>;
  childTickets?: Maybe<Scalars['Int']['output']>;
  coursePlaces?: Maybe<Scalars['Int']['output']>;
  /** Fields hidden because the count is too small to publish (or could be worked out from one that is) */
  suppressed: Array<Scalars['String']['output']>;
  uses?: Maybe<Scalars['Int']['output']>;
};

/** One of the trial's ten steps for an area */
export type TrialStep = {
  __typename?: 'TrialStep';
  completed: Scalars['Boolean']['output'];
  completedOn?: Maybe<Scalars['Date']['output']>;
  /** What the step means, in a sentence */
  description: LocalizedText;
  notes?: Maybe<Scalars['String']['output']>;
  /** 1 to 10 */
  number: Scalars['Int']['output'];
  /** The working-group member who answers for the step */
  responsibleMember?: Maybe<WorkingGroupMember>;
  title: LocalizedText;
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

/** A place where a partner receives card holders */
export type Venue = {
  __typename?: 'Venue';
  id: Scalars['ID']['output'];
  location?: Maybe<Coordinates>;
  /** Official three-digit municipality code, e.g. 091 for Helsinki */
  municipalityCode: Scalars['String']['output'];
  /** The venue's own name, when it has one */
  name?: Maybe<LocalizedText>;
  postalCode?: Maybe<Scalars['String']['output']>;
  streetAddress: Scalars['String']['output'];
};

/** A use recorded at a venue, as its staff see it at the door */
export type VenueCardUse = {
  __typename?: 'VenueCardUse';
  adultTickets: Scalars['Int']['output'];
  /** A personal assistant or interpreter, counted apart from the holder */
  assistantTickets: Scalars['Int']['output'];
  cancelled: Scalars['Boolean']['output'];
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The last 4 characters of the card number, enough to tell uses apart */
  cardNumberEnding: Scalars['String']['output'];
  category: UseCategory;
  childTickets: Scalars['Int']['output'];
  coursePlaces: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  offerId?: Maybe<Scalars['ID']['output']>;
  usedOn: Scalars['Date']['output'];
};

/** A venue's uses on one date, newest first */
export type VenueCardUseList = {
  __typename?: 'VenueCardUseList';
  date: Scalars['Date']['output'];
  /** True when the date has more uses than were listed */
  hasMore: Scalars['Boolean']['output'];
  uses: Array<VenueCardUse>;
};

export type VenueFigures = {
  __typename?: 'VenueFigures';
  byCategory: Array<CategoryStatistics>;
  /** Uses at this venue (card fields are null here) */
  totals: StatisticsTotals;
};

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

/** Answers in one life-satisfaction band */
export type WellbeingBandCount = {
  __typename?: 'WellbeingBandCount';
  /** Answers in this band; null when suppressed (see suppressed) */
  answers?: Maybe<Scalars['Int']['output']>;
  band: WellbeingBand;
  /** Highest score in the band */
  highest: Scalars['Int']['output'];
  /** Lowest score in the band */
  lowest: Scalars['Int']['output'];
  /** Counts hidden because they are too small to publish (or could be worked out from one that is) */
  suppressed: Array<Scalars['String']['output']>;
};

/** Holders whose answer at their first renewal was higher, the same or lower than at issue */
export type WellbeingChangeCount = {
  __typename?: 'WellbeingChangeCount';
  direction: WellbeingChangeDirection;
  /** Holders, counted in the month of the renewal; null when suppressed (see suppressed) */
  holders?: Maybe<Scalars['Int']['output']>;
  /** Counts hidden because they are too small to publish (or could be worked out from one that is) */
  suppressed: Array<Scalars['String']['output']>;
};

/** The answer at the first renewal against the one at issue */
export type WellbeingChangeDirection =
  | 'IMPROVED'
  | 'SAME'
  | 'WORSENED';

/** The voluntary wellbeing question (life satisfaction 0-10) as protected aggregates: kept by calendar month, so these are the months the period touches. Every count is suppressed for every caller, national admins and analysts too (docs/security.md) */
export type WellbeingFigures = {
  __typename?: 'WellbeingFigures';
  /** Answers given when a card was issued, by band */
  atIssue: Array<WellbeingBandCount>;
  /** Answers given when a card was renewed, by band */
  atRenewal: Array<WellbeingBandCount>;
  /** The change from issue to the first renewal */
  change: Array<WellbeingChangeCount>;
  /** First month counted, YYYY-MM */
  fromMonth: Scalars['String']['output'];
  /** Last month counted, YYYY-MM */
  toMonth: Scalars['String']['output'];
};

/** A member of an area's local working group */
export type WorkingGroupMember = {
  __typename?: 'WorkingGroupMember';
  /** Seen by national admins and the area's coordinators; null for others */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisation: Scalars['String']['output'];
  /** Seen by national admins and the area's coordinators; null for others */
  phone?: Maybe<Scalars['String']['output']>;
  /** Role in the group, e.g. "coordinator" */
  role?: Maybe<Scalars['String']['output']>;
  sector: WorkingGroupSector;
};

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

export type AreasQueryVariables = Exact<{
  status?: InputMaybe<AreaStatus>;
}>;


export type AreasQuery = { __typename?: 'Query', areas: Array<{ __typename?: 'Area', id: string, code: string, kind: AreaKind, status: AreaStatus, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }> };

export type AreaByCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type AreaByCodeQuery = { __typename?: 'Query', area?: { __typename?: 'Area', id: string, code: string, status: AreaStatus, localOnly: boolean, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } } | null };

export type WorkingGroupMemberFieldsFragment = { __typename?: 'WorkingGroupMember', id: string, name: string, organisation: string, sector: WorkingGroupSector, role?: string | null, email?: string | null, phone?: string | null };

export type TrialStepFieldsFragment = { __typename?: 'TrialStep', number: number, completed: boolean, completedOn?: string | null, notes?: string | null, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, responsibleMember?: { __typename?: 'WorkingGroupMember', id: string, name: string } | null };

export type AreaDetailFieldsFragment = { __typename?: 'Area', id: string, code: string, kind: AreaKind, status: AreaStatus, localOnly: boolean, trialStartedOn?: string | null, activatedOn?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, municipalities: Array<{ __typename?: 'Municipality', code: string, regionCode: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } }>, cooperationAgreement?: { __typename?: 'CooperationAgreement', signedOn: string, validFrom: string, validUntil?: string | null, documentReference: string } | null, activationOverride?: { __typename?: 'ActivationOverride', reason: string, overriddenAt: string, overriddenBy?: string | null } | null };

export type AreaDetailsQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type AreaDetailsQuery = { __typename?: 'Query', area?: { __typename?: 'Area', id: string, code: string, kind: AreaKind, status: AreaStatus, localOnly: boolean, trialStartedOn?: string | null, activatedOn?: string | null, trialSteps: Array<{ __typename?: 'TrialStep', number: number, completed: boolean, completedOn?: string | null, notes?: string | null, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, responsibleMember?: { __typename?: 'WorkingGroupMember', id: string, name: string } | null }>, workingGroup: Array<{ __typename?: 'WorkingGroupMember', id: string, name: string, organisation: string, sector: WorkingGroupSector, role?: string | null, email?: string | null, phone?: string | null }>, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, municipalities: Array<{ __typename?: 'Municipality', code: string, regionCode: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } }>, cooperationAgreement?: { __typename?: 'CooperationAgreement', signedOn: string, validFrom: string, validUntil?: string | null, documentReference: string } | null, activationOverride?: { __typename?: 'ActivationOverride', reason: string, overriddenAt: string, overriddenBy?: string | null } | null } | null };

export type AreaReadinessQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type AreaReadinessQuery = { __typename?: 'Query', area?: { __typename?: 'Area', code: string, status: AreaStatus, readiness: { __typename?: 'AreaReadiness', ready: boolean, checks: Array<{ __typename?: 'ReadinessCheck', code: ReadinessCheckCode, passed: boolean, reason: string }> } } | null };

export type AreasOverviewQueryVariables = Exact<{
  status?: InputMaybe<AreaStatus>;
}>;


export type AreasOverviewQuery = { __typename?: 'Query', areas: Array<{ __typename?: 'Area', code: string, municipalities: Array<{ __typename?: 'Municipality', code: string, name: { __typename?: 'LocalizedText', fi: string } }>, trialSteps: Array<{ __typename?: 'TrialStep', number: number, completed: boolean, responsibleMember?: { __typename?: 'WorkingGroupMember', name: string } | null }>, workingGroup: Array<{ __typename?: 'WorkingGroupMember', name: string, sector: WorkingGroupSector, email?: string | null }> }> };

export type MunicipalitiesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MunicipalitiesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', code: string, regionCode: string, regionName: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null }, wellbeingServicesCounty?: { __typename?: 'LocalizedText', fi: string, sv?: string | null } | null }> };

export type CreateAreaMutationVariables = Exact<{
  input: CreateAreaInput;
}>;


export type CreateAreaMutation = { __typename?: 'Mutation', createArea: { __typename?: 'Area', id: string, code: string, kind: AreaKind, status: AreaStatus, localOnly: boolean, trialStartedOn?: string | null, activatedOn?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, municipalities: Array<{ __typename?: 'Municipality', code: string, regionCode: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } }>, cooperationAgreement?: { __typename?: 'CooperationAgreement', signedOn: string, validFrom: string, validUntil?: string | null, documentReference: string } | null, activationOverride?: { __typename?: 'ActivationOverride', reason: string, overriddenAt: string, overriddenBy?: string | null } | null } };

export type UpdateAreaMutationVariables = Exact<{
  code: Scalars['String']['input'];
  input: UpdateAreaInput;
}>;


export type UpdateAreaMutation = { __typename?: 'Mutation', updateArea: { __typename?: 'Area', id: string, code: string, kind: AreaKind, status: AreaStatus, localOnly: boolean, trialStartedOn?: string | null, activatedOn?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, municipalities: Array<{ __typename?: 'Municipality', code: string, regionCode: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } }>, cooperationAgreement?: { __typename?: 'CooperationAgreement', signedOn: string, validFrom: string, validUntil?: string | null, documentReference: string } | null, activationOverride?: { __typename?: 'ActivationOverride', reason: string, overriddenAt: string, overriddenBy?: string | null } | null } };

export type SetAreaMunicipalitiesMutationVariables = Exact<{
  code: Scalars['String']['input'];
  municipalityCodes: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type SetAreaMunicipalitiesMutation = { __typename?: 'Mutation', setAreaMunicipalities: { __typename?: 'Area', id: string, code: string, kind: AreaKind, status: AreaStatus, localOnly: boolean, trialStartedOn?: string | null, activatedOn?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, municipalities: Array<{ __typename?: 'Municipality', code: string, regionCode: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } }>, cooperationAgreement?: { __typename?: 'CooperationAgreement', signedOn: string, validFrom: string, validUntil?: string | null, documentReference: string } | null, activationOverride?: { __typename?: 'ActivationOverride', reason: string, overriddenAt: string, overriddenBy?: string | null } | null } };

export type ChangeAreaStatusMutationVariables = Exact<{
  code: Scalars['String']['input'];
  status: AreaStatus;
  overrideReason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChangeAreaStatusMutation = { __typename?: 'Mutation', changeAreaStatus: { __typename?: 'Area', id: string, code: string, kind: AreaKind, status: AreaStatus, localOnly: boolean, trialStartedOn?: string | null, activatedOn?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, municipalities: Array<{ __typename?: 'Municipality', code: string, regionCode: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } }>, cooperationAgreement?: { __typename?: 'CooperationAgreement', signedOn: string, validFrom: string, validUntil?: string | null, documentReference: string } | null, activationOverride?: { __typename?: 'ActivationOverride', reason: string, overriddenAt: string, overriddenBy?: string | null } | null } };

export type CompleteTrialStepMutationVariables = Exact<{
  input: CompleteTrialStepInput;
}>;


export type CompleteTrialStepMutation = { __typename?: 'Mutation', completeTrialStep: { __typename?: 'TrialStep', number: number, completed: boolean, completedOn?: string | null, notes?: string | null, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, responsibleMember?: { __typename?: 'WorkingGroupMember', id: string, name: string } | null } };

export type AddWorkingGroupMemberMutationVariables = Exact<{
  areaCode: Scalars['String']['input'];
  input: WorkingGroupMemberInput;
}>;


export type AddWorkingGroupMemberMutation = { __typename?: 'Mutation', addWorkingGroupMember: { __typename?: 'WorkingGroupMember', id: string, name: string, organisation: string, sector: WorkingGroupSector, role?: string | null, email?: string | null, phone?: string | null } };

export type UpdateWorkingGroupMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWorkingGroupMemberInput;
}>;


export type UpdateWorkingGroupMemberMutation = { __typename?: 'Mutation', updateWorkingGroupMember: { __typename?: 'WorkingGroupMember', id: string, name: string, organisation: string, sector: WorkingGroupSector, role?: string | null, email?: string | null, phone?: string | null } };

export type RemoveWorkingGroupMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveWorkingGroupMemberMutation = { __typename?: 'Mutation', removeWorkingGroupMember: { __typename?: 'WorkingGroupMember', id: string, name: string } };

export type RecordCooperationAgreementMutationVariables = Exact<{
  areaCode: Scalars['String']['input'];
  input: CooperationAgreementInput;
}>;


export type RecordCooperationAgreementMutation = { __typename?: 'Mutation', recordCooperationAgreement: { __typename?: 'Area', id: string, code: string, kind: AreaKind, status: AreaStatus, localOnly: boolean, trialStartedOn?: string | null, activatedOn?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, municipalities: Array<{ __typename?: 'Municipality', code: string, regionCode: string, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null } }>, cooperationAgreement?: { __typename?: 'CooperationAgreement', signedOn: string, validFrom: string, validUntil?: string | null, documentReference: string } | null, activationOverride?: { __typename?: 'ActivationOverride', reason: string, overriddenAt: string, overriddenBy?: string | null } | null } };

export type VerifyCardQueryVariables = Exact<{
  number: Scalars['String']['input'];
  partnerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type VerifyCardQuery = { __typename?: 'Query', verifyCard: { __typename?: 'CardVerification', valid: boolean, reason?: CardInvalidReason | null, validUntil?: string | null, children?: number | null, homeArea?: { __typename?: 'Area', id: string, code: string, name: { __typename?: 'LocalizedText', fi: string } } | null } };

export type CardByNumberQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type CardByNumberQuery = { __typename?: 'Query', card?: { __typename?: 'Card', id: string, number: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, qrPayload: string, homeArea: { __typename?: 'Area', code: string }, issuedBy: { __typename?: 'Partner', id: string, name: { __typename?: 'LocalizedText', fi: string } } } | null };

export type IssuedCardFragment = { __typename?: 'Card', id: string, number: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, qrPayload: string, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, code: string } };

export type IssueCardMutationVariables = Exact<{
  input: IssueCardInput;
}>;


export type IssueCardMutation = { __typename?: 'Mutation', issueCard: { __typename?: 'Card', id: string, number: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, qrPayload: string, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, code: string } } };

export type IssueCommunityCardMutationVariables = Exact<{
  input: IssueCommunityCardInput;
}>;


export type IssueCommunityCardMutation = { __typename?: 'Mutation', issueCommunityCard: { __typename?: 'Card', id: string, number: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, qrPayload: string, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, code: string } } };

export type RenewCardMutationVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type RenewCardMutation = { __typename?: 'Mutation', renewCard: { __typename?: 'Card', id: string, number: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, qrPayload: string, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, code: string } } };

export type ReportCardLostMutationVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type ReportCardLostMutation = { __typename?: 'Mutation', reportCardLost: { __typename?: 'Card', id: string, number: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, qrPayload: string, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, code: string } } };

export type RevokeCardMutationVariables = Exact<{
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevokeCardMutation = { __typename?: 'Mutation', revokeCard: { __typename?: 'Card', id: string, number: string, kind: CardKind, status: CardStatus, validFrom: string, validUntil: string, children: number, groupSizeLimit?: number | null, qrPayload: string, revokedReason?: string | null, homeArea: { __typename?: 'Area', id: string, code: string } } };

export type RegisterCardUseMutationVariables = Exact<{
  input: RegisterCardUseInput;
}>;


export type RegisterCardUseMutation = { __typename?: 'Mutation', registerCardUse: { __typename?: 'CardUse', id: string, category: UseCategory, adultTickets: number, childTickets: number, assistantTickets: number, coursePlaces: number, usedOn: string, offerId?: string | null } };

export type CancelCardUseMutationVariables = Exact<{
  useId: Scalars['ID']['input'];
}>;


export type CancelCardUseMutation = { __typename?: 'Mutation', cancelCardUse: { __typename?: 'CardUse', id: string, cancelledAt?: string | null } };

export type ImportCardUsesMutationVariables = Exact<{
  input: ImportCardUsesInput;
}>;


export type ImportCardUsesMutation = { __typename?: 'Mutation', importCardUses: { __typename?: 'ImportReport', accepted: number, alreadyRecorded: number, rejected: Array<{ __typename?: 'ImportRejection', row: number, field?: string | null, code: string, reason: string }> } };

export type IssuedCardsQueryVariables = Exact<{
  distributorId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IssuedCardsQuery = { __typename?: 'Query', issuedCards: { __typename?: 'CardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CardEdge', cursor: string, node: { __typename?: 'Card', id: string, number: string, status: CardStatus, validUntil: string } }> } };

export type PartnerDirectoryQueryVariables = Exact<{
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerDirectoryQuery = { __typename?: 'Query', partners: { __typename?: 'PartnerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PartnerEdge', cursor: string, node: { __typename?: 'Partner', id: string, roles: Array<PartnerRole>, sector: PartnerSector, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, area: { __typename?: 'Area', id: string, code: string, status: AreaStatus, name: { __typename?: 'LocalizedText', fi: string } } } }> } };

export type PartnerDirectoryFullQueryVariables = Exact<{
  filter?: InputMaybe<PartnerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerDirectoryFullQuery = { __typename?: 'Query', partners: { __typename?: 'PartnerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PartnerEdge', node: { __typename?: 'Partner', id: string, roles: Array<PartnerRole>, sector: PartnerSector, website?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, accessibility?: { __typename?: 'LocalizedText', fi: string } | null, area: { __typename?: 'Area', id: string, code: string, status: AreaStatus }, categories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }>, venues: Array<{ __typename?: 'Venue', id: string, streetAddress: string, postalCode?: string | null, municipalityCode: string, location?: { __typename?: 'Coordinates', latitude: number, longitude: number } | null }>, offers: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, category: string, title: { __typename?: 'LocalizedText', fi: string }, cap?: { __typename?: 'OfferCap', kind: CapKind, amount?: number | null, percent?: number | null, capacity?: number | null } | null }>, contacts?: Array<{ __typename?: 'PartnerContact', name: string, email?: string | null, phone?: string | null }> | null } }> } };

export type PartnerDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerDetailsQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, active: boolean, roles: Array<PartnerRole>, sector: PartnerSector, website?: string | null, agreementSignedOn?: string | null, agreementValidUntil?: string | null, principlesVersion?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, area: { __typename?: 'Area', id: string, code: string }, categories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null }>, venues: Array<{ __typename?: 'Venue', id: string, streetAddress: string, municipalityCode: string, name?: { __typename?: 'LocalizedText', fi: string } | null, location?: { __typename?: 'Coordinates', latitude: number, longitude: number } | null }>, contacts?: Array<{ __typename?: 'PartnerContact', name: string, email?: string | null, phone?: string | null }> | null, offers: Array<{ __typename?: 'Offer', id: string, kind: OfferKind, category: string, validFrom: string, validUntil: string, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, cap?: { __typename?: 'OfferCap', kind: CapKind, amount?: number | null, percent?: number | null, capacity?: number | null } | null, events: Array<{ __typename?: 'OfferEvent', id: string, startsOn: string, capacity?: number | null, soldOut: boolean }> }> } | null };

export type PartnerCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerCategoriesQuery = { __typename?: 'Query', partnerCategories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null } }> };

export type OfferAvailabilityQueryVariables = Exact<{
  offerId: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
  eventId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OfferAvailabilityQuery = { __typename?: 'Query', offer?: { __typename?: 'Offer', id: string, availability?: { __typename?: 'OfferAvailability', freePlaces?: number | null, cap?: number | null, taken?: number | null, soldOut: boolean, reason?: string | null, event?: { __typename?: 'OfferEvent', id: string, startsOn: string } | null } | null } | null };

export type AreaPartnersQueryVariables = Exact<{
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<PartnerRole>;
}>;


export type AreaPartnersQuery = { __typename?: 'Query', area?: { __typename?: 'Area', id: string, partnerCounts: { __typename?: 'PartnerCounts', total: number, distributors: number, culturePartners: number, thirdSector: number, withSignedAgreement: number, withPrinciplesAccepted: number }, partners: { __typename?: 'PartnerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PartnerEdge', cursor: string, node: { __typename?: 'Partner', id: string, roles: Array<PartnerRole>, name: { __typename?: 'LocalizedText', fi: string } } }> } } | null };

export type RegisterPartnerMutationVariables = Exact<{
  input: RegisterPartnerInput;
}>;


export type RegisterPartnerMutation = { __typename?: 'Mutation', registerPartner: { __typename?: 'Partner', id: string, roles: Array<PartnerRole>, sector: PartnerSector, active: boolean, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, area: { __typename?: 'Area', id: string }, categories: Array<{ __typename?: 'PartnerCategory', code: string }> } };

export type UpdatePartnerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePartnerInput;
}>;


export type UpdatePartnerMutation = { __typename?: 'Mutation', updatePartner: { __typename?: 'Partner', id: string, roles: Array<PartnerRole>, sector: PartnerSector, active: boolean, website?: string | null, name: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, accessibility?: { __typename?: 'LocalizedText', fi: string } | null, area: { __typename?: 'Area', id: string } } };

export type SetPartnerCategoriesMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  categories: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type SetPartnerCategoriesMutation = { __typename?: 'Mutation', setPartnerCategories: { __typename?: 'Partner', id: string, categories: Array<{ __typename?: 'PartnerCategory', code: string, parentCode?: string | null }> } };

export type SetPartnerContactsMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  contacts: Array<ContactInput> | ContactInput;
}>;


export type SetPartnerContactsMutation = { __typename?: 'Mutation', setPartnerContacts: { __typename?: 'Partner', id: string, contacts?: Array<{ __typename?: 'PartnerContact', name: string, email?: string | null, phone?: string | null }> | null } };

export type AddVenueMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  input: VenueInput;
}>;


export type AddVenueMutation = { __typename?: 'Mutation', addVenue: { __typename?: 'Venue', id: string, streetAddress: string, postalCode?: string | null, municipalityCode: string, location?: { __typename?: 'Coordinates', latitude: number, longitude: number } | null } };

export type UpdateVenueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: VenueInput;
}>;


export type UpdateVenueMutation = { __typename?: 'Mutation', updateVenue: { __typename?: 'Venue', id: string, streetAddress: string, municipalityCode: string, location?: { __typename?: 'Coordinates', latitude: number, longitude: number } | null } };

export type RemoveVenueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveVenueMutation = { __typename?: 'Mutation', removeVenue: { __typename?: 'Partner', id: string, venues: Array<{ __typename?: 'Venue', id: string }> } };

export type RecordPartnerAgreementMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  signedOn: Scalars['String']['input'];
  validUntil?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordPartnerAgreementMutation = { __typename?: 'Mutation', recordPartnerAgreement: { __typename?: 'Partner', id: string, agreementSignedOn?: string | null, agreementValidUntil?: string | null } };

export type AcceptOperatingPrinciplesMutationVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  version: Scalars['String']['input'];
}>;


export type AcceptOperatingPrinciplesMutation = { __typename?: 'Mutation', acceptOperatingPrinciples: { __typename?: 'Partner', id: string, principlesVersion?: string | null, principlesAcceptedOn?: string | null } };

export type CreateOfferMutationVariables = Exact<{
  input: OfferInput;
}>;


export type CreateOfferMutation = { __typename?: 'Mutation', createOffer: { __typename?: 'Offer', id: string, kind: OfferKind, category: string, validFrom: string, validUntil: string, active: boolean, title: { __typename?: 'LocalizedText', fi: string, sv?: string | null, en?: string | null }, cap?: { __typename?: 'OfferCap', kind: CapKind, amount?: number | null, percent?: number | null, capacity?: number | null } | null } };

export type UpdateOfferMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OfferChangesInput;
}>;


export type UpdateOfferMutation = { __typename?: 'Mutation', updateOffer: { __typename?: 'Offer', id: string, kind: OfferKind, category: string, validFrom: string, validUntil: string, active: boolean, title: { __typename?: 'LocalizedText', fi: string }, cap?: { __typename?: 'OfferCap', kind: CapKind, amount?: number | null, percent?: number | null, capacity?: number | null } | null } };

export type AddOfferEventMutationVariables = Exact<{
  offerId: Scalars['ID']['input'];
  input: OfferEventInput;
}>;


export type AddOfferEventMutation = { __typename?: 'Mutation', addOfferEvent: { __typename?: 'OfferEvent', id: string, startsOn: string, capacity?: number | null, soldOut: boolean } };

export type SetOfferEventSoldOutMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  soldOut: Scalars['Boolean']['input'];
}>;


export type SetOfferEventSoldOutMutation = { __typename?: 'Mutation', setOfferEventSoldOut: { __typename?: 'OfferEvent', id: string, soldOut: boolean } };

export type NationalStatisticsQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type NationalStatisticsQuery = { __typename?: 'Query', nationalStatistics: { __typename?: 'NationalStatistics', totals: { __typename?: 'StatisticsTotals', cardsIssued?: number | null, activeCards?: number | null, cardsUsed?: number | null, uses?: number | null, adultTickets?: number | null, childTickets?: number | null, coursePlaces?: number | null, suppressed: Array<string> }, byArea: Array<{ __typename?: 'AreaStatistics', area: { __typename?: 'Area', id: string, code: string }, totals: { __typename?: 'StatisticsTotals', uses?: number | null, cardsIssued?: number | null, cardsUsed?: number | null, suppressed: Array<string> } }>, byCategory: Array<{ __typename?: 'CategoryStatistics', category: UseCategory, uses?: number | null, adultTickets?: number | null, childTickets?: number | null, coursePlaces?: number | null, suppressed: Array<string> }>, byMonth: Array<{ __typename?: 'MonthStatistics', month: string, cardsIssued?: number | null, uses?: number | null, suppressed: Array<string> }>, byPartnerSector: Array<{ __typename?: 'SectorStatistics', sector: string, uses?: number | null, suppressed: Array<string> }>, crossArea: Array<{ __typename?: 'CrossAreaUse', uses?: number | null, suppressed: Array<string>, homeArea: { __typename?: 'Area', code: string }, venueArea: { __typename?: 'Area', code: string } }>, crossAreaMatrix: { __typename?: 'CrossAreaMatrix', uses: Array<Array<number | null> | null>, suppressedCells: number, homeAreas: Array<{ __typename?: 'Area', code: string }>, venueAreas: Array<{ __typename?: 'Area', code: string }> }, previousYear: { __typename?: 'StatisticsTotals', uses?: number | null, cardsIssued?: number | null, suppressed: Array<string> } } };

export type AreaStatisticsQueryVariables = Exact<{
  code: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type AreaStatisticsQuery = { __typename?: 'Query', area?: { __typename?: 'Area', code: string, statistics: { __typename?: 'AreaStatistics', totals: { __typename?: 'StatisticsTotals', cardsIssued?: number | null, activeCards?: number | null, cardsUsed?: number | null, uses?: number | null, adultTickets?: number | null, childTickets?: number | null, coursePlaces?: number | null, suppressed: Array<string> }, byCategory: Array<{ __typename?: 'CategoryStatistics', category: UseCategory, uses?: number | null, adultTickets?: number | null, childTickets?: number | null, suppressed: Array<string> }>, byMonth: Array<{ __typename?: 'MonthStatistics', month: string, uses?: number | null, cardsIssued?: number | null, suppressed: Array<string> }>, previousYear: { __typename?: 'StatisticsTotals', uses?: number | null, suppressed: Array<string> }, demographics: { __typename?: 'Demographics', ageGroups: Array<{ __typename?: 'DemographicGroup', group: string, cards?: number | null, suppressed: boolean }>, children: Array<{ __typename?: 'DemographicGroup', group: string, cards?: number | null, suppressed: boolean }>, lifeSituations: Array<{ __typename?: 'DemographicGroup', group: string, cards?: number | null, suppressed: boolean }>, genders: Array<{ __typename?: 'DemographicGroup', group: string, cards?: number | null, suppressed: boolean }>, postcodeAreas: Array<{ __typename?: 'DemographicGroup', group: string, cards?: number | null, suppressed: boolean }> } } } | null };

export type PartnerStatisticsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type PartnerStatisticsQuery = { __typename?: 'Query', partner?: { __typename?: 'Partner', id: string, statistics: { __typename?: 'PartnerStatistics', asVenue: { __typename?: 'VenueFigures', totals: { __typename?: 'StatisticsTotals', uses?: number | null, adultTickets?: number | null, childTickets?: number | null, coursePlaces?: number | null, suppressed: Array<string> }, byCategory: Array<{ __typename?: 'CategoryStatistics', category: UseCategory, uses?: number | null, suppressed: Array<string> }> }, asIssuer: { __typename?: 'StatisticsTotals', cardsIssued?: number | null, activeCards?: number | null, cardsUsed?: number | null, uses?: number | null, suppressed: Array<string> } } } | null };

export type PublicStatisticsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type PublicStatisticsQuery = { __typename?: 'Query', publicStatistics: { __typename?: 'PublicStatistics', year: number, totals: { __typename?: 'StatisticsTotals', cardsIssued?: number | null, cardsUsed?: number | null, uses?: number | null, suppressed: Array<string> }, byArea: Array<{ __typename?: 'PublicAreaStatistics', cardsIssued?: number | null, cardsUsed?: number | null, uses?: number | null, suppressed: Array<string>, area: { __typename?: 'Area', code: string } }> } };

export type VenueCardUsesQueryVariables = Exact<{
  partnerId: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VenueCardUsesQuery = { __typename?: 'Query', venueCardUses: { __typename?: 'VenueCardUseList', date: string, hasMore: boolean, uses: Array<{ __typename?: 'VenueCardUse', id: string, createdAt: string, usedOn: string, category: UseCategory, adultTickets: number, childTickets: number, assistantTickets: number, coursePlaces: number, offerId?: string | null, cancelled: boolean, cancelledAt?: string | null, cardNumberEnding: string }> } };

export type RenewCardWithWellbeingMutationVariables = Exact<{
  number: Scalars['String']['input'];
  wellbeing?: InputMaybe<WellbeingAnswerInput>;
}>;


export type RenewCardWithWellbeingMutation = { __typename?: 'Mutation', renewCard: { __typename?: 'Card', id: string, validUntil: string } };

export type WellbeingCountsFragment = { __typename?: 'WellbeingFigures', fromMonth: string, toMonth: string, atIssue: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, atRenewal: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, change: Array<{ __typename?: 'WellbeingChangeCount', direction: WellbeingChangeDirection, holders?: number | null, suppressed: Array<string> }> };

export type AreaWellbeingQueryVariables = Exact<{
  code: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type AreaWellbeingQuery = { __typename?: 'Query', area?: { __typename?: 'Area', code: string, statistics: { __typename?: 'AreaStatistics', wellbeing: { __typename?: 'WellbeingFigures', fromMonth: string, toMonth: string, atIssue: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, atRenewal: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, change: Array<{ __typename?: 'WellbeingChangeCount', direction: WellbeingChangeDirection, holders?: number | null, suppressed: Array<string> }> } } } | null };

export type NationalWellbeingQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type NationalWellbeingQuery = { __typename?: 'Query', nationalStatistics: { __typename?: 'NationalStatistics', wellbeing: { __typename?: 'WellbeingFigures', fromMonth: string, toMonth: string, atIssue: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, atRenewal: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, change: Array<{ __typename?: 'WellbeingChangeCount', direction: WellbeingChangeDirection, holders?: number | null, suppressed: Array<string> }> }, byArea: Array<{ __typename?: 'AreaStatistics', area: { __typename?: 'Area', code: string }, wellbeing: { __typename?: 'WellbeingFigures', fromMonth: string, toMonth: string, atIssue: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, atRenewal: Array<{ __typename?: 'WellbeingBandCount', band: WellbeingBand, lowest: number, highest: number, answers?: number | null, suppressed: Array<string> }>, change: Array<{ __typename?: 'WellbeingChangeCount', direction: WellbeingChangeDirection, holders?: number | null, suppressed: Array<string> }> } }> } };

export const WorkingGroupMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<WorkingGroupMemberFieldsFragment, unknown>;
export const TrialStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrialStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrialStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TrialStepFieldsFragment, unknown>;
export const AreaDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localOnly"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}}]}}]} as unknown as DocumentNode<AreaDetailFieldsFragment, unknown>;
export const IssuedCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<IssuedCardFragment, unknown>;
export const WellbeingCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WellbeingCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WellbeingFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"atIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<WellbeingCountsFragment, unknown>;
export const AreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Areas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AreasQuery, AreasQueryVariables>;
export const AreaByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localOnly"}}]}}]}}]} as unknown as DocumentNode<AreaByCodeQuery, AreaByCodeQueryVariables>;
export const AreaDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"trialSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrialStepFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkingGroupMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localOnly"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrialStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrialStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<AreaDetailsQuery, AreaDetailsQueryVariables>;
export const AreaReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaReadinessQuery, AreaReadinessQueryVariables>;
export const AreasOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreasOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trialSteps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AreasOverviewQuery, AreasOverviewQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingServicesCounty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const CreateAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localOnly"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}}]}}]} as unknown as DocumentNode<CreateAreaMutation, CreateAreaMutationVariables>;
export const UpdateAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localOnly"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}}]}}]} as unknown as DocumentNode<UpdateAreaMutation, UpdateAreaMutationVariables>;
export const SetAreaMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAreaMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAreaMunicipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localOnly"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}}]}}]} as unknown as DocumentNode<SetAreaMunicipalitiesMutation, SetAreaMunicipalitiesMutationVariables>;
export const ChangeAreaStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAreaStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAreaStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overrideReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localOnly"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}}]}}]} as unknown as DocumentNode<ChangeAreaStatusMutation, ChangeAreaStatusMutationVariables>;
export const CompleteTrialStepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTrialStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTrialStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTrialStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrialStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrialStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrialStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteTrialStepMutation, CompleteTrialStepMutationVariables>;
export const AddWorkingGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkingGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkingGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkingGroupMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<AddWorkingGroupMemberMutation, AddWorkingGroupMemberMutationVariables>;
export const UpdateWorkingGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkingGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkingGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkingGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkingGroupMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkingGroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<UpdateWorkingGroupMemberMutation, UpdateWorkingGroupMemberMutationVariables>;
export const RemoveWorkingGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWorkingGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWorkingGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RemoveWorkingGroupMemberMutation, RemoveWorkingGroupMemberMutationVariables>;
export const RecordCooperationAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCooperationAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCooperationAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"localOnly"}},{"kind":"Field","name":{"kind":"Name","value":"trialStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"documentReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activationOverride"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}}]}}]} as unknown as DocumentNode<RecordCooperationAgreementMutation, RecordCooperationAgreementMutationVariables>;
export const VerifyCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VerifyCardQuery, VerifyCardQueryVariables>;
export const CardByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardByNumberQuery, CardByNumberQueryVariables>;
export const IssueCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<IssueCardMutation, IssueCardMutationVariables>;
export const IssueCommunityCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCommunityCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCommunityCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCommunityCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<IssueCommunityCardMutation, IssueCommunityCardMutationVariables>;
export const RenewCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RenewCardMutation, RenewCardMutationVariables>;
export const ReportCardLostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCardLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCardLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReportCardLostMutation, ReportCardLostMutationVariables>;
export const RevokeCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssuedCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssuedCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"groupSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RevokeCardMutation, RevokeCardMutationVariables>;
export const RegisterCardUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCardUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCardUseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCardUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"assistantTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"usedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}}]}}]}}]} as unknown as DocumentNode<RegisterCardUseMutation, RegisterCardUseMutationVariables>;
export const CancelCardUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCardUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"useId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCardUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"useId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"useId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}}]}}]}}]} as unknown as DocumentNode<CancelCardUseMutation, CancelCardUseMutationVariables>;
export const ImportCardUsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCardUses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCardUsesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCardUses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCardUsesMutation, ImportCardUsesMutationVariables>;
export const IssuedCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuedCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"distributorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuedCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"distributorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"distributorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssuedCardsQuery, IssuedCardsQueryVariables>;
export const PartnerDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerDirectoryQuery, PartnerDirectoryQueryVariables>;
export const PartnerDirectoryFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDirectoryFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerDirectoryFullQuery, PartnerDirectoryFullQueryVariables>;
export const PartnerDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreementValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"principlesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerDetailsQuery, PartnerDetailsQueryVariables>;
export const PartnerCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCategoriesQuery, PartnerCategoriesQueryVariables>;
export const OfferAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferAvailabilityQuery, OfferAvailabilityQueryVariables>;
export const AreaPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"distributors"}},{"kind":"Field","name":{"kind":"Name","value":"culturePartners"}},{"kind":"Field","name":{"kind":"Name","value":"thirdSector"}},{"kind":"Field","name":{"kind":"Name","value":"withSignedAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"withPrinciplesAccepted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaPartnersQuery, AreaPartnersQueryVariables>;
export const RegisterPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPartnerMutation, RegisterPartnerMutationVariables>;
export const UpdatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePartnerMutation, UpdatePartnerMutationVariables>;
export const SetPartnerCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPartnerCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categories"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPartnerCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"categories"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categories"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]}}]}}]} as unknown as DocumentNode<SetPartnerCategoriesMutation, SetPartnerCategoriesMutationVariables>;
export const SetPartnerContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPartnerContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPartnerContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<SetPartnerContactsMutation, SetPartnerContactsMutationVariables>;
export const AddVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<AddVenueMutation, AddVenueMutationVariables>;
export const UpdateVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"streetAddress"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateVenueMutation, UpdateVenueMutationVariables>;
export const RemoveVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveVenueMutation, RemoveVenueMutationVariables>;
export const RecordPartnerAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPartnerAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPartnerAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"signedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"validUntil"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validUntil"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreementValidUntil"}}]}}]}}]} as unknown as DocumentNode<RecordPartnerAgreementMutation, RecordPartnerAgreementMutationVariables>;
export const AcceptOperatingPrinciplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOperatingPrinciples"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOperatingPrinciples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"principlesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"principlesAcceptedOn"}}]}}]}}]} as unknown as DocumentNode<AcceptOperatingPrinciplesMutation, AcceptOperatingPrinciplesMutationVariables>;
export const CreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const AddOfferEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOfferEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOfferEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}}]}}]}}]} as unknown as DocumentNode<AddOfferEventMutation, AddOfferEventMutationVariables>;
export const SetOfferEventSoldOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOfferEventSoldOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"soldOut"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfferEventSoldOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"soldOut"},"value":{"kind":"Variable","name":{"kind":"Name","value":"soldOut"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soldOut"}}]}}]}}]} as unknown as DocumentNode<SetOfferEventSoldOutMutation, SetOfferEventSoldOutMutationVariables>;
export const NationalStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"activeCards"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPartnerSector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crossArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crossAreaMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venueAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedCells"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<NationalStatisticsQuery, NationalStatisticsQueryVariables>;
export const AreaStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"activeCards"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demographics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeSituations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"genders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postcodeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaStatisticsQuery, AreaStatisticsQueryVariables>;
export const PartnerStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asVenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"asIssuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"activeCards"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerStatisticsQuery, PartnerStatisticsQueryVariables>;
export const PublicStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"cardsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<PublicStatisticsQuery, PublicStatisticsQueryVariables>;
export const VenueCardUsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VenueCardUses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venueCardUses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"adultTickets"}},{"kind":"Field","name":{"kind":"Name","value":"childTickets"}},{"kind":"Field","name":{"kind":"Name","value":"assistantTickets"}},{"kind":"Field","name":{"kind":"Name","value":"coursePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumberEnding"}}]}}]}}]}}]} as unknown as DocumentNode<VenueCardUsesQuery, VenueCardUsesQueryVariables>;
export const RenewCardWithWellbeingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewCardWithWellbeing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wellbeing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WellbeingAnswerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"wellbeing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wellbeing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RenewCardWithWellbeingMutation, RenewCardWithWellbeingMutationVariables>;
export const AreaWellbeingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaWellbeing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wellbeing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WellbeingCounts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WellbeingCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WellbeingFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"atIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<AreaWellbeingQuery, AreaWellbeingQueryVariables>;
export const NationalWellbeingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalWellbeing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wellbeing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WellbeingCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wellbeing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WellbeingCounts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WellbeingCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WellbeingFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"toMonth"}},{"kind":"Field","name":{"kind":"Name","value":"atIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"lowest"}},{"kind":"Field","name":{"kind":"Name","value":"highest"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<NationalWellbeingQuery, NationalWellbeingQueryVariables>;
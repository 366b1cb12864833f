import type { Language } from '@kaiku/subgraph-kit';
import { AreaStatus } from '../entities/area';
import { ReadinessCheckCode, type AreaReadiness } from '../entities/area-details';
import type { PartnerFact } from '../entities/partner-fact';
import { WorkingGroupSector, type WorkingGroupMember } from '../entities/working-group-member';
import type { TrialStepRecord } from '../entities/trial-step';
import { STATISTICS_STEP } from './trial-steps';

type Texts = Record<Language, string>;

/** The reasons of each check in all three languages; `{n}` is a count. */
const REASONS: Record<ReadinessCheckCode, { pass: Texts; fail: Texts }> = {
  WORKING_GROUP_SECTORS: {
    pass: {
      fi: 'Työryhmässä on kulttuurin sekä sosiaali- ja terveys- tai hyvinvointipalvelujen edustajat.',
      sv: 'Arbetsgruppen har företrädare för både kulturen och social- och hälsovården eller välfärden.',
      en: 'The working group has members from culture and from social and health or wellbeing services.',
    },
    fail: {
      fi: 'Työryhmästä puuttuu kulttuurin tai sosiaali- ja terveys- tai hyvinvointipalvelujen edustaja.',
      sv: 'Arbetsgruppen saknar en företrädare för kulturen eller för social- och hälsovården eller välfärden.',
      en: 'The working group lacks a member from culture or from social and health or wellbeing services.',
    },
  },
  THIRD_SECTOR_ACTOR: {
    pass: {
      fi: 'Verkostossa on kolmannen sektorin toimija.',
      sv: 'Nätverket har en aktör från tredje sektorn.',
      en: 'The network has a third-sector actor.',
    },
    fail: {
      fi: 'Verkostossa ei ole yhtään kolmannen sektorin toimijaa.',
      sv: 'Nätverket har ingen aktör från tredje sektorn.',
      en: 'The network has no third-sector actor.',
    },
  },
  CARD_DISTRIBUTOR: {
    pass: {
      fi: 'Verkostossa on kortteja jakava toimija.',
      sv: 'Nätverket har en aktör som delar ut kort.',
      en: 'The network has a card distributor.',
    },
    fail: {
      fi: 'Verkostossa ei ole yhtään kortteja jakavaa toimijaa.',
      sv: 'Nätverket har ingen aktör som delar ut kort.',
      en: 'The network has no card distributor.',
    },
  },
  THIRD_SECTOR_DISTRIBUTOR: {
    pass: {
      fi: 'Ainakin yksi kolmannen sektorin toimija jakaa kortteja.',
      sv: 'Minst en aktör från tredje sektorn delar ut kort.',
      en: 'At least one third-sector actor issues cards.',
    },
    fail: {
      fi: 'Yksikään kolmannen sektorin toimija ei jaa kortteja: verkostoon kuuluu ainakin yksi kortteja jakava järjestö.',
      sv: 'Ingen aktör från tredje sektorn delar ut kort: nätverket ska ha minst en organisation som delar ut kort.',
      en: 'No third-sector actor issues cards: the network needs at least one organisation that does.',
    },
  },
  PARTNER_AGREEMENTS: {
    pass: {
      fi: 'Kaikki kokeilun kumppanit ovat allekirjoittaneet sopimuksen.',
      sv: 'Alla partner i försöket har undertecknat avtalet.',
      en: 'Every partner of the trial has signed the agreement.',
    },
    fail: {
      fi: 'Sopimus puuttuu {n} kumppanilta.',
      sv: 'Avtal saknas för {n} partner.',
      en: '{n} partner(s) have not signed the agreement.',
    },
  },
  STATISTICS_RESPONSIBLE: {
    pass: {
      fi: 'Paikallisesta tilastoinnista vastaava henkilö on nimetty.',
      sv: 'En ansvarig för den lokala statistiken har utsetts.',
      en: 'Someone is responsible for the local statistics.',
    },
    fail: {
      fi: 'Paikallisesta tilastoinnista vastaavaa henkilöä ei ole nimetty (vaihe 6).',
      sv: 'Ingen ansvarig för den lokala statistiken har utsetts (steg 6).',
      en: 'No one is responsible for the local statistics yet (step 6).',
    },
  },
};

/** Partner agreements are a trial's rule; outside a trial the check passes with this reason. */
const NOT_IN_TRIAL: Texts = {
  fi: 'Alue ei ole kokeiluvaiheessa; uudet kumppanit tekevät sopimuksen liittyessään.',
  sv: 'Området är inte i försöksskedet; nya partner tecknar avtal när de ansluter sig.',
  en: 'The area is not in a trial; new partners sign when they join.',
};

export interface ReadinessFacts {
  status: AreaStatus;
  members: WorkingGroupMember[];
  partners: PartnerFact[];
  steps: TrialStepRecord[];
}

/** Evaluates the programme's conditions for one area (pure, so it is easy to test). */
export function evaluateReadiness(facts: ReadinessFacts, language: Language): AreaReadiness {
  const sectors = new Set(facts.members.map((member) => member.sector));
  const partners = facts.partners.filter((partner) => partner.active);
  const unsigned = partners.filter((partner) => !partner.agreementSigned).length;
  const statistics = facts.steps.find((step) => step.step === STATISTICS_STEP);

  const results: Array<[ReadinessCheckCode, boolean, Texts?]> = [
    [
      ReadinessCheckCode.WORKING_GROUP_SECTORS,
      sectors.has(WorkingGroupSector.CULTURE) && (sectors.has(WorkingGroupSector.SOCIAL_AND_HEALTH) || sectors.has(WorkingGroupSector.WELLBEING)),
    ],
    [ReadinessCheckCode.THIRD_SECTOR_ACTOR, partners.some((partner) => partner.sector === 'THIRD_SECTOR')],
    [ReadinessCheckCode.CARD_DISTRIBUTOR, partners.some((partner) => partner.roles.includes('CARD_DISTRIBUTOR'))],
    [
      ReadinessCheckCode.THIRD_SECTOR_DISTRIBUTOR,
      partners.some((partner) => partner.sector === 'THIRD_SECTOR' && partner.roles.includes('CARD_DISTRIBUTOR')),
    ],
    facts.status === AreaStatus.TRIAL
      ? [ReadinessCheckCode.PARTNER_AGREEMENTS, unsigned === 0]
      : [ReadinessCheckCode.PARTNER_AGREEMENTS, true, NOT_IN_TRIAL],
    [ReadinessCheckCode.STATISTICS_RESPONSIBLE, Boolean(statistics?.responsibleMemberId)],
  ];
  const checks = results.map(([code, passed, override]) => ({
    code,
    passed,
    reason: (override ?? REASONS[code][passed ? 'pass' : 'fail'])[language].replace('{n}', String(unsigned)),
  }));
  return { ready: checks.every((check) => check.passed), checks };
}

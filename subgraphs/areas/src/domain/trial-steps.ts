import type { LocalizedText } from '@kaiku/subgraph-kit';

/**
 * The ten steps of a Kaikukortti trial, as the national support and development service
 * publishes them (the Swedish titles are the service's own). Data, not schema: the titles
 * may be reworded without a migration.
 */
export const TRIAL_STEP_TITLES: ReadonlyArray<LocalizedText> = [
  { fi: 'Kaikukortin esittelytilaisuus', sv: 'Tillfälle för presentation av Kaikukortti', en: 'Presentation event' },
  { fi: 'Paikallinen työryhmä', sv: 'Lokal arbetsgrupp', en: 'Local working group' },
  { fi: 'Paikallisen työryhmän koulutus', sv: 'Utbildning för den lokala arbetsgruppen', en: 'Training of the working group' },
  {
    fi: 'Aloitustyöpaja toiminnasta kiinnostuneille sosiaali- ja terveysalan sekä kulttuurin toimijoille',
    sv: 'Inledande verkstad för social- och hälsovårds- och kulturaktörer som är intresserade av verksamheten',
    en: 'Kick-off workshop for interested social, health and culture actors',
  },
  {
    fi: 'Tapaaminen ja sopimukset kokeiluun osallistuvien toimijoiden kanssa',
    sv: 'Möte och kontrakt med aktörer som deltar i Kaikukortti-försöket',
    en: 'Meeting and agreements with participating actors',
  },
  { fi: 'Vastuu paikallisesta tilastoinnista', sv: 'Ansvar för lokal statistik', en: 'Responsibility for local statistics' },
  {
    fi: 'Kaikukorttien painatus ja paikallisen tiedotusmateriaalin tuottaminen',
    sv: 'Tryck av Kaikukortti och produktion av lokalt informationsmaterial',
    en: 'Printing cards and local information material',
  },
  { fi: 'Kaikukortti-verkoston esittely henkilöstölle', sv: 'Introduktion av Kaikukortti-nätverket för anställda', en: 'Introducing the network to staff' },
  { fi: 'Kaikukorttien jakaminen', sv: 'Utdelning av Kaikukortti', en: 'Distributing cards' },
  { fi: 'Paikalliset palautetapaamiset ja -kyselyt', sv: 'Lokala responsmöten och -enkäter', en: 'Local feedback meetings and surveys' },
];

export const TRIAL_STEP_COUNT = TRIAL_STEP_TITLES.length;

/** Step 6: someone answers for the local statistics (a readiness check). */
export const STATISTICS_STEP = 6;

/**
 * What each step means, in a sentence, from the national service's guide for trials (its
 * chapter 4): the workspace shows it under the title so a new coordinator knows what to do.
 */
export const TRIAL_STEP_DESCRIPTIONS: ReadonlyArray<LocalizedText> = [
  {
    fi: 'Kaikukortti esitellään alueen päättäjille sekä kulttuurin ja sosiaali- ja terveyspalvelujen toimijoille yhdessä tuki- ja kehittämispalvelun kanssa.',
    sv: 'Kaikukortti presenteras för områdets beslutsfattare och för aktörer inom kultur och social- och hälsovård tillsammans med stöd- och utvecklingstjänsten.',
    en: 'The card is presented to local decision-makers and to culture and social and health actors, together with the national support and development service.',
  },
  {
    fi: 'Kokeilua valmistelee pieni työryhmä tai työpari, jossa on edustajat sekä kulttuurista että sosiaali- ja terveys- tai hyvinvointipalveluista.',
    sv: 'En liten arbetsgrupp eller ett arbetspar med företrädare för både kulturen och social- och hälsovården eller välfärden bereder försöket.',
    en: 'A small working group or pair, with people from both culture and social and health or wellbeing services, prepares the trial.',
  },
  {
    fi: 'Tuki- ja kehittämispalvelu kouluttaa työryhmän, pääosin etänä: toimintamalli, periaatteet, materiaalit ja tilastointi.',
    sv: 'Stöd- och utvecklingstjänsten utbildar arbetsgruppen, främst på distans: verksamhetsmodellen, principerna, materialet och statistiken.',
    en: 'The national service trains the working group, mostly online: the operating model, the principles, the materials and the statistics.',
  },
  {
    fi: 'Kiinnostuneet sosiaali- ja terveysalan sekä kulttuurin toimijat kutsutaan työpajaan suunnittelemaan paikallista verkostoa.',
    sv: 'Intresserade social- och hälsovårds- och kulturaktörer bjuds in till en verkstad för att planera det lokala nätverket.',
    en: 'Interested social, health and culture actors are invited to a workshop to plan the local network.',
  },
  {
    fi: 'Kokeiluun osallistuvien toimijoiden kanssa sovitaan käytännöistä, ja jokainen kumppani tekee kokeilun ajaksi sopimuksen alueen kanssa.',
    sv: 'Med de aktörer som deltar kommer man överens om praxis, och varje partner tecknar ett avtal med området för försökets tid.',
    en: 'Practices are agreed with the participating actors, and each partner signs an agreement with the area for the trial.',
  },
  {
    fi: 'Nimetään henkilö, joka vastaa paikallisesta tilastoinnista ja tilastojen käytöstä esimerkiksi hyvinvointikertomuksessa.',
    sv: 'En person utses som ansvarar för den lokala statistiken och för att den används, till exempel i välfärdsberättelsen.',
    en: 'Someone is named to answer for the local statistics and their use, for example in the welfare report.',
  },
  {
    fi: 'Kortit painetaan ja paikallinen tiedotusmateriaali tehdään kansallisten pohjien avulla (noin 1 000–4 000 euroa alueen koon mukaan).',
    sv: 'Korten trycks och lokalt informationsmaterial görs med de riksomfattande underlagen (cirka 1 000–4 000 euro beroende på områdets storlek).',
    en: 'Cards are printed and local information material is made from the national templates (about 1,000–4,000 euros depending on the area).',
  },
  {
    fi: 'Korttia jakavien ja kulttuurikumppanien henkilöstölle kerrotaan, miten verkosto ja kortti toimivat.',
    sv: 'Personalen hos de aktörer som delar ut kort och hos kulturpartnerna får veta hur nätverket och kortet fungerar.',
    en: 'The staff of issuing units and culture partners learn how the network and the card work.',
  },
  {
    fi: 'Jakavat yksiköt alkavat antaa kortteja asiakkailleen.',
    sv: 'De utdelande enheterna börjar ge kort till sina klienter.',
    en: 'The issuing units start giving cards to their clients.',
  },
  {
    fi: 'Kokeilusta kerätään palautetta paikallisissa tapaamisissa ja kyselyillä; sen jälkeen toimintaa ylläpidetään pitkäjänteisesti.',
    sv: 'Respons på försöket samlas in vid lokala möten och med enkäter; därefter upprätthålls verksamheten på lång sikt.',
    en: 'Feedback on the trial is gathered in local meetings and surveys; then the activity is maintained for the long term.',
  },
];

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

import type { Language } from '@kaiku/subgraph-kit';
import { AreaStatus } from '../entities/area';
import { TRIAL_STEP_COUNT } from './trial-steps';

const { PLANNING, TRIAL, ACTIVE, PAUSED, ENDED } = AreaStatus;

/**
 * Legal moves of an area's status. A trial follows planning; an area becomes active from a
 * trial (or returns to it after a pause); a paused area may resume its trial or activity;
 * any area may end, and an ended area stays ended (its municipalities are free for another).
 */
export const STATUS_TRANSITIONS: Readonly<Record<AreaStatus, readonly AreaStatus[]>> = {
  [PLANNING]: [TRIAL, ENDED],
  [TRIAL]: [ACTIVE, PAUSED, ENDED],
  [ACTIVE]: [PAUSED, ENDED],
  [PAUSED]: [TRIAL, ACTIVE, ENDED],
  [ENDED]: [],
};

export function allowedTransitions(from: AreaStatus): readonly AreaStatus[] {
  return STATUS_TRANSITIONS[from];
}

export function canMove(from: AreaStatus, to: AreaStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** localOnly describes a trial: it may be on while planning, trialling or paused, never when active or ended. */
export function localOnlyAllowed(status: AreaStatus): boolean {
  return status === PLANNING || status === TRIAL || status === PAUSED;
}

type Texts = Record<Language, string>;
type Who = 'admin' | 'coordinator' | 'other';

const NOT_YOURS: Texts = {
  fi: 'Vain alueen omat koordinaattorit ja kansallinen ylläpito voivat muuttaa alueen tilaa.',
  sv: 'Bara områdets egna koordinatorer och den nationella administrationen kan ändra områdets status.',
  en: "Only the area's own coordinators and national admins can change its status.",
};

/** Why a move outside STATUS_TRANSITIONS is refused, in words a coordinator understands. */
function refusal(from: AreaStatus, to: AreaStatus): Texts {
  if (from === ENDED) return { fi: 'Päättynyt alue pysyy päättyneenä.', sv: 'Ett avslutat område förblir avslutat.', en: 'An ended area stays ended.' };
  if (to === PLANNING) {
    return { fi: 'Alue ei palaa suunnitteluvaiheeseen.', sv: 'Ett område återgår inte till planeringsskedet.', en: 'An area does not go back to planning.' };
  }
  if (to === ACTIVE) {
    return { fi: 'Alue otetaan käyttöön kokeilun jälkeen: kokeilu aloitetaan ensin.', sv: 'Ett område tas i bruk efter försöket: försöket inleds först.', en: 'An area becomes active after its trial: start the trial first.' };
  }
  if (to === PAUSED) {
    return { fi: 'Vain kokeilussa oleva tai käytössä oleva alue voidaan keskeyttää.', sv: 'Bara ett område i försök eller i bruk kan pausas.', en: 'Only an area in a trial or active can be paused.' };
  }
  // ACTIVE → TRIAL
  return { fi: 'Käytössä oleva alue ei palaa kokeiluun; sen voi keskeyttää.', sv: 'Ett område i bruk återgår inte till försök; det kan pausas.', en: 'An active area does not go back to a trial; it can be paused.' };
}

function stepsMissing(completed: number, who: Who): Texts {
  const n = String(completed);
  return who === 'admin'
    ? {
        fi: `Kokeilun vaiheista ${n}/10 on tehty: käyttöönotto nyt vaatii perustelun, joka kirjataan.`,
        sv: `${n} av försökets tio steg är klara: att ta området i bruk nu kräver en motivering, som registreras.`,
        en: `${n} of the ten trial steps are done: activating now needs a reason, which is recorded.`,
      }
    : {
        fi: `Käyttöönotto vaatii kaikki kymmenen kokeilun vaihetta tehdyiksi (${n} on tehty); kansallinen ylläpito voi ottaa alueen käyttöön aiemmin perustellusta syystä.`,
        sv: `Att ta området i bruk kräver att alla tio steg är klara (${n} är klara); den nationella administrationen kan göra det tidigare med en motivering.`,
        en: `Activating needs all ten trial steps done (${n} are); a national admin can activate earlier with a reason.`,
      };
}

/**
 * Every status but the current one, as changeAreaStatus would treat the caller's move there
 * now: the same rules (transitions, ten steps for ACTIVE, overrides for national admins only).
 */
export function statusChanges(from: AreaStatus, completedSteps: number, who: Who, language: Language) {
  return Object.values(AreaStatus)
    .filter((to) => to !== from)
    .map((to) => {
      if (who === 'other') return { status: to, allowed: false, needsOverrideReason: false, reason: NOT_YOURS[language] };
      if (!canMove(from, to)) return { status: to, allowed: false, needsOverrideReason: false, reason: refusal(from, to)[language] };
      if (to === ACTIVE && completedSteps < TRIAL_STEP_COUNT) {
        return { status: to, allowed: who === 'admin', needsOverrideReason: who === 'admin', reason: stepsMissing(completedSteps, who)[language] };
      }
      return { status: to, allowed: true, needsOverrideReason: false, reason: null };
    });
}

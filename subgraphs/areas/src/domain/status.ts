import { AreaStatus } from '../entities/area';

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

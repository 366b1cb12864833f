import { GraphError, OfflineError } from '../../graph/client';

/**
 * Where the graph's refusal belongs: the field its `extensions.field` names (input.children →
 * children), or the form as a whole. The message is a key under `desk.refusal.*` (the
 * graph's own words are English; the person reads their language).
 */
export interface Refusal {
  field: string | null;
  key: string;
}

export function refusal(error: unknown, fields: readonly string[]): Refusal {
  if (error instanceof OfflineError) return { field: null, key: 'offline' };
  if (!(error instanceof GraphError)) return { field: null, key: 'INTERNAL_SERVER_ERROR' };
  const named = error.field?.split('.').pop() ?? null;
  // The unit's area left the network (paused, ended) or the unit is inactive: nothing was made.
  if (error.code === 'CONFLICT' && named === 'distributorId') return { field: null, key: /area/.test(error.message) ? 'areaNotInNetwork' : 'unitInactive' };
  if (error.code === 'CONFLICT' && named === 'number') return { field: 'number', key: 'cardClosed' };
  if (error.code === 'FORBIDDEN') return { field: named === 'number' ? 'number' : null, key: 'FORBIDDEN' };
  if (error.code === 'NOT_FOUND' && named === 'number') return { field: 'number', key: 'cardNotFound' };
  if (named && fields.includes(named)) return { field: named, key: `field_${named}` };
  return { field: null, key: error.code };
}

/** The wellbeing question's own refusals (`wellbeing.score`, `wellbeing.consent`), shown by the question. */
export function wellbeingField(error: unknown): string | null {
  if (!(error instanceof GraphError) || error.code !== 'BAD_USER_INPUT') return null;
  const match = /wellbeing\.(score|consent)$/.exec(error.field ?? '');
  return match ? `wellbeing.${match[1]}` : null;
}

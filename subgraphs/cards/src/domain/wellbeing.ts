import type { DataSource, EntityManager } from 'typeorm';
import { backgroundQuery, publishEvents } from '@kaiku/events';
import { BadInputError, todayInFinland } from '@kaiku/subgraph-kit';
import { CardKind, type Card } from '../entities/card';
import type { WellbeingAnswerInput } from '../resolvers/wellbeing-input';
import { wellbeingAnswered } from './events';

/**
 * The wellbeing measure's rules in the cards subgraph. The score is kept only from issue to the
 * first renewal (as `cards.wellbeing_answers`, one row per holder so a replacement card keeps
 * it), and no query returns it. Statistics learn only the score band and, at renewal, whether
 * it went up, stayed or went down: the `WellbeingAnswered` event, which names no card or holder.
 */
export type WellbeingBand = 'SCORE_0_4' | 'SCORE_5_6' | 'SCORE_7_8' | 'SCORE_9_10';
export type WellbeingChange = 'IMPROVED' | 'SAME' | 'WORSENED';

/** Bands as OECD and Statistics Finland report life satisfaction: 0-4 low, 5-6, 7-8, 9-10 very high. */
export function bandOf(score: number): WellbeingBand {
  if (score <= 4) return 'SCORE_0_4';
  if (score <= 6) return 'SCORE_5_6';
  if (score <= 8) return 'SCORE_7_8';
  return 'SCORE_9_10';
}

export function changeBetween(atIssue: number, atRenewal: number): WellbeingChange {
  if (atRenewal > atIssue) return 'IMPROVED';
  return atRenewal < atIssue ? 'WORSENED' : 'SAME';
}

/**
 * The score to record, or null when there is none (not asked, skipped, or the holder said no).
 * Checked before anything is written, so refused input stores nothing: class-validator checks
 * the range too, this is the rule in one place for every caller.
 */
export function scoreToRecord(input: WellbeingAnswerInput | null | undefined, field: string): number | null {
  if (!input || input.score === null || input.score === undefined) return null;
  if (!Number.isInteger(input.score) || input.score < 0 || input.score > 10) {
    throw new BadInputError(`${field}.score`, 'must be a whole number from 0 to 10');
  }
  if (input.consent !== true) throw new BadInputError(`${field}.consent`, "an answer is recorded only with the holder's consent");
  return input.score;
}

function assertPersonal(card: Card, field: string): void {
  if (card.kind !== CardKind.PERSONAL) throw new BadInputError(field, 'a community card has no holder to ask');
}

async function publishAnswer(manager: EntityManager, card: Card, moment: 'ISSUE' | 'RENEWAL', score: number, change: WellbeingChange | null) {
  await publishEvents(manager, 'cards', [wellbeingAnswered(card, moment, score, change)]);
}

/** At issue: keep the score until the first renewal, and publish its band. */
export async function recordWellbeingAtIssue(manager: EntityManager, card: Card, score: number | null): Promise<void> {
  if (score === null) return;
  assertPersonal(card, 'wellbeing');
  await manager.query(
    `INSERT INTO cards.wellbeing_answers (holder_id, score, answered_on) VALUES ($1, $2, $3)
     ON CONFLICT (holder_id) DO UPDATE SET score = EXCLUDED.score, answered_on = EXCLUDED.answered_on`,
    [card.holderId, score, todayInFinland()],
  );
  await publishAnswer(manager, card, 'ISSUE', score, null);
}

/**
 * At renewal the kept score is deleted whatever happens; with a new answer it becomes a change
 * (improved, same, worsened) and the new answer's band is published. The new score is not kept.
 */
export async function recordWellbeingAtRenewal(manager: EntityManager, card: Card, score: number | null): Promise<void> {
  if (score !== null) assertPersonal(card, 'wellbeing');
  const [deleted]: Array<Array<{ score: number }>> = await manager.query('DELETE FROM cards.wellbeing_answers WHERE holder_id = $1 RETURNING score', [card.holderId]);
  if (score === null) return;
  const kept = deleted?.[0]?.score;
  await publishAnswer(manager, card, 'RENEWAL', score, kept === undefined ? null : changeBetween(Number(kept), score));
}

/**
 * Retention: a kept score whose holder has no open card any more (revoked), or whose card ended
 * over 12 months ago without renewal, is deleted. Runs from a worker (workers/wellbeing-retention.ts).
 */
export async function deleteStaleWellbeingAnswers(dataSource: DataSource): Promise<number> {
  // One autocommit statement of background work: on the process's LISTEN connection when open.
  const [{ deleted }] = await backgroundQuery<{ deleted: number }>(
    dataSource,
    `WITH gone AS (
       DELETE FROM cards.wellbeing_answers w
        WHERE NOT EXISTS (SELECT 1 FROM cards.cards c WHERE c.holder_id = w.holder_id AND c.state = 'ACTIVE' AND c.valid_until >= $1::date - interval '12 months')
        RETURNING 1
     )
     SELECT count(*)::int AS deleted FROM gone`,
    [todayInFinland()],
  );
  return deleted;
}

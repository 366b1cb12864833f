/**
 * What the desk checks before sending (the cards subgraph checks the same again): the rules
 * of subgraphs/cards/src/resolvers/card-issuing.ts and card-inputs.ts. A problem is a message
 * key under `desk.problem.*`.
 */
export type IssueField = 'birthYear' | 'postcode' | 'children' | 'lifeSituation' | 'gender';
export type Problems<Field extends string> = Partial<Record<Field, string>>;

/** This year in Finland: a card issued on New Year's Eve in Helsinki counts as next year's. */
export function finnishYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric' }).format(now));
}

export function issueProblems(form: { birthYear: string; postcode: string; children: string }, year = finnishYear()): Problems<IssueField> {
  const problems: Problems<IssueField> = {};
  const birthYear = form.birthYear.trim();
  if (!birthYear) problems.birthYear = 'birthYearMissing';
  else if (!/^\d{4}$/.test(birthYear)) problems.birthYear = 'birthYearFormat';
  else if (Number(birthYear) > year - 16) problems.birthYear = 'birthYearYoung';
  else if (Number(birthYear) < year - 120) problems.birthYear = 'birthYearOld';
  const postcode = form.postcode.trim();
  if (!postcode) problems.postcode = 'postcodeMissing';
  else if (!/^\d{5}$/.test(postcode)) problems.postcode = 'postcodeFormat';
  const children = form.children.trim();
  if (!children) problems.children = 'childrenMissing';
  else if (!/^\d{1,3}$/.test(children)) problems.children = 'childrenFormat';
  else if (Number(children) > 20) problems.children = 'childrenMany';
  return problems;
}

export function groupSizeProblem(typed: string): string | null {
  if (!/^\d{1,3}$/.test(typed.trim())) return 'groupSizeFormat';
  const size = Number(typed);
  return size < 1 || size > 50 ? 'groupSizeRange' : null;
}

export function reasonProblem(typed: string): string | null {
  if (!typed.trim()) return 'reasonMissing';
  return typed.length > 2000 ? 'reasonLong' : null;
}

/**
 * A start-up failure with a one-line cause and what to do about it. The CLI prints the
 * message alone (no stack) and exits non-zero.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}

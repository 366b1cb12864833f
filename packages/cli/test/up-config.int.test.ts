/**
 * `npm start` (kaiku up) checks the services' settings before it starts anything: a wrong one
 * is reported in the service's own one line, and nothing is left running.
 */
import { runKaiku } from '@kaiku/testing';

describe('kaiku up with a wrong setting', () => {
  it.each([
    ['KAIKU_SUBGRAPH_TIMEOUT_MS', '10s', 'KAIKU_SUBGRAPH_TIMEOUT_MS must be a whole number of milliseconds (got "10s")'],
    ['KAIKU_SUPPRESSION_THRESHOLD', 'abc', 'KAIKU_SUPPRESSION_THRESHOLD must be a whole number of at least 1 (the smallest count published) (got "abc")'],
  ])('%s=%s stops it with one line', async (name, value, message) => {
    const run = await runKaiku(['up', '--no-seed'], { [name]: value, PORT: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(message);
    expect(run.stdout).not.toContain('Starting');
  });
});

import { Registry } from 'prom-client';
import { BoundedLabel, OTHER, outcomeOf } from './labels';
import { subgraphCallMetrics } from './subgraph-calls';

class Timeout extends Error {}

describe('metrics labels and subgraph calls', () => {
  it('keeps operation names bounded: new names past the cap and names outside GraphQL syntax are "other"', () => {
    const label = new BoundedLabel(2);
    expect([label.of('A', 'none'), label.of('B', 'none'), label.of('C', 'none'), label.of('A', 'none')]).toEqual(['A', 'B', OTHER, 'A']);
    expect(label.of('1234-5678-901', 'none')).toBe(OTHER);
    expect(label.of(undefined, 'anonymous')).toBe('anonymous');
  });

  it('takes the first error code as the outcome, and only a code-shaped one', () => {
    expect(outcomeOf([])).toBe('ok');
    expect(outcomeOf(['FORBIDDEN', 'NOT_FOUND'])).toBe('FORBIDDEN');
    expect(outcomeOf(['some message, not a code'])).toBe('OTHER');
  });

  it('counts each subgraph call as ok, http_error, timeout or unreachable', async () => {
    const registry = new Registry();
    const calls = subgraphCallMetrics(registry);
    const isTimeout = (error: unknown) => error instanceof Timeout;
    await calls.observe('cards', async () => ({ status: 200 }), isTimeout);
    await calls.observe('cards', async () => ({ status: 502 }), isTimeout);
    await expect(calls.observe('cards', () => Promise.reject(new Timeout('late')), isTimeout)).rejects.toThrow('late');
    await expect(calls.observe('cards', () => Promise.reject(new Error('ECONNREFUSED')), isTimeout)).rejects.toThrow('ECONNREFUSED');
    const text = await registry.metrics();
    for (const outcome of ['ok', 'http_error', 'timeout', 'unreachable']) {
      expect(text).toContain(`kaiku_gateway_subgraph_calls_total{subgraph="cards",outcome="${outcome}"} 1`);
    }
    expect(text).toContain('kaiku_gateway_subgraph_call_duration_seconds_count{subgraph="cards"} 4');
  });
});

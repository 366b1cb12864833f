import { readFileSync } from 'node:fs';
import { composePlatform, printSubgraphs } from './compose';
import { API_SCHEMA_PATH, loadServices, SUPERGRAPH_PATH } from './platform';

describe('kaiku compose', () => {
  it('composes the subgraphs into exactly the checked-in supergraph and API schema', async () => {
    const fresh = await composePlatform(loadServices().map((service) => service.module));
    expect(fresh.refused).toEqual([]);
    // When this fails: run `npm run compose` (and `npm run codegen`) and commit the result.
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(fresh.supergraph);
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(fresh.apiSchema);
  });

  it('keeps each core entity key in the subgraph SDL', async () => {
    const sdls = Object.fromEntries((await printSubgraphs(loadServices().map((service) => service.module))).map((s) => [s.name, s.sdl]));
    expect(sdls.areas).toMatch(/type Area\s+@key\(fields: "id"\)/);
    expect(sdls.partners).toMatch(/type Partner\s+@key\(fields: "id"\)/);
    expect(sdls.cards).toMatch(/type Card\s+@key\(fields: "id"\)/);
    expect(sdls.statistics).toMatch(/type Area\s+@key\(fields: "id"\)/);
  });
});

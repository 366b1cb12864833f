import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, SUPERGRAPH_PATH } from './platform';

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
}

/** No Docker engine runs here, so the file is checked against the supergraph it must serve. */
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
  const graphs = [...readFileSync(SUPERGRAPH_PATH, 'utf8').matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => ({ name, port: new URL(url).port }),
  );

  it('lists the subgraphs of the supergraph', () => {
    expect(graphs.map((graph) => graph.name).sort()).toEqual(['areas', 'cards', 'partners', 'statistics', 'tampereen-seutu-sport-venues']);
  });

  it.each(graphs.map((graph) => [graph.name, graph.port]))('runs subgraph %s on port %s with DATABASE_URL and a health check', (name, port) => {
    const service = compose.services[name];
    expect(service).toBeDefined();
    expect(service.environment?.PORT).toBe(port);
    expect(service.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\/kaiku$/);
    expect(service.command?.some((part) => part === `subgraphs/${name}` || part === `extensions/${name}`)).toBe(true);
    expect(service.healthcheck?.test.join(' ')).toContain(`:${port}/ready`);
  });

  it('points the gateway at every subgraph service', () => {
    const gateway = compose.services.gateway;
    for (const { name, port } of graphs) {
      expect(gateway.environment?.[`SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`]).toBe(`http://${name}:${port}/graphql`);
    }
    expect(gateway.healthcheck?.test.join(' ')).toContain('/ready');
  });

  it('runs PostgreSQL with a health check', () => {
    expect(compose.services.postgres.healthcheck).toBeDefined();
  });
});

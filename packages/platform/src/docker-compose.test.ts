import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DOCKER_COMPOSE_PATH, dockerComposeYaml, subgraphUrlVariable } from './docker-compose';
import { loadServices, SUPERGRAPH_PATH } from './platform';

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
}

/**
 * No Docker engine runs here, so the file is checked against what platform.json enables and the
 * supergraph it must serve: no list of today's subgraph names, so enabling an extension (one line
 * in platform.json, then `npm run compose`) keeps this green.
 */
describe('docker-compose.yml', () => {
  const text = readFileSync(DOCKER_COMPOSE_PATH, 'utf8');
  const compose = parse(text, { merge: true }) as { services: Record<string, Service> };
  const services = loadServices();
  const graphs = [...readFileSync(SUPERGRAPH_PATH, 'utf8').matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => ({ name, port: new URL(url).port }),
  );

  it('is what `npm run compose` generates from platform.json', () => {
    const expected = dockerComposeYaml(
      services.map((service) => ({ name: service.module.name, folder: service.folder, port: service.module.port, kind: service.kind, environment: service.entry?.environment })),
    );
    // When this fails: run `npm run compose` and commit docker-compose.yml.
    expect(text).toBe(expected);
  });

  it('lists the subgraphs of the supergraph, which are those platform.json enables', () => {
    expect(graphs.map((graph) => graph.name).sort()).toEqual(services.map((service) => service.module.name).sort());
  });

  it.each(graphs.map((graph) => [graph.name, graph.port]))('runs subgraph %s on port %s with DATABASE_URL and a health check', (name, port) => {
    const service = compose.services[name];
    expect(service).toBeDefined();
    expect(service.environment?.PORT).toBe(port);
    expect(service.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\/kaiku$/);
    const folder = services.find((candidate) => candidate.module.name === name)!.folder;
    expect(service.command).toContain(folder);
    expect(service.healthcheck?.test.join(' ')).toContain(`:${port}/ready`);
  });

  it('points the gateway at every subgraph service', () => {
    const gateway = compose.services.gateway;
    for (const { name, port } of graphs) {
      expect(gateway.environment?.[subgraphUrlVariable(name)]).toBe(`http://${name}:${port}/graphql`);
    }
    expect(gateway.healthcheck?.test.join(' ')).toContain('/ready');
  });

  it('runs PostgreSQL with a health check', () => {
    expect(compose.services.postgres.healthcheck).toBeDefined();
  });
});

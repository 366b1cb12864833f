import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { gatewayConfigFromEnv } from '@kaiku/gateway/src/config';
import { checkSubgraphEnv } from '@kaiku/subgraph-kit';
import { DOCKER_COMPOSE_PATH } from './docker-compose';
import { KUBERNETES_DIR, kubernetesFiles, listKubernetesFiles, resourceName, serviceUrl } from './kubernetes';
import { CONFIG_MAP, GATEWAY_SETTINGS, settingsOutOfStep, SUBGRAPH_SETTINGS } from './kubernetes-settings';
import { loadServices, readPlatformFile, SUPERGRAPH_PATH } from './platform';

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { configMapKeyRef?: { name: string; key: string }; secretKeyRef?: { name: string; key: string } };
}
interface Probe {
  httpGet?: { path: string; port: string | number };
}
interface Container {
  name: string;
  command: string[];
  ports?: Array<{ name: string; containerPort: number }>;
  env: EnvVar[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}
interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  containers: Container[];
  volumes?: Array<{ name: string; emptyDir?: object }>;
}
interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: any;
}

/**
 * deploy/kubernetes as checked in: what `npm run compose` makes of platform.json now, valid for
 * the Kubernetes API (kubernetes-models' schemas), and running every subgraph of the supergraph
 * with its port, probes and database. No list of today's subgraphs: enabling an extension (one
 * line in platform.json, then `npm run compose`) keeps this green.
 */
describe('deploy/kubernetes', () => {
  const services = loadServices().map((service) => ({
    name: service.module.name,
    folder: service.folder,
    port: service.module.port,
    kind: service.kind,
    environment: service.entry?.environment,
  }));
  const files = listKubernetesFiles();
  const objects: KubeObject[] = files
    .filter((path) => !path.endsWith('kustomization.yaml'))
    .flatMap((path) => parseAllDocuments(readFileSync(join(KUBERNETES_DIR, path), 'utf8')).map((document) => document.toJS() as KubeObject));
  const find = (kind: string, name: string) => objects.find((object) => object.kind === kind && object.metadata.name === name);
  const podOf = (kind: string, name: string): PodSpec => find(kind, name)!.spec.template.spec;
  const graphs = [...readFileSync(SUPERGRAPH_PATH, 'utf8').matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(([, name, url]) => ({
    name,
    port: Number(new URL(url).port),
  }));

  it('is what `npm run compose` generates from platform.json', () => {
    const expected = kubernetesFiles(services, { gatewayPort: readPlatformFile().gateway.port });
    // When this fails: run `npm run compose` and commit deploy/kubernetes.
    expect(files).toEqual(Object.keys(expected).sort());
    for (const path of files) expect([path, readFileSync(join(KUBERNETES_DIR, path), 'utf8')]).toEqual([path, expected[path]]);
  });

  it('validates every object against the Kubernetes API schemas (kubernetes-models)', () => {
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) {
      // kubernetes-models/<group>/<version>/<Kind>: apps/v1/Deployment, v1/Service, policy/v1/...
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const Model = require(`kubernetes-models/${object.apiVersion}/${object.kind}`)[object.kind];
      expect(() => new Model(object).validate()).not.toThrow();
    }
    // The check is live: the same Deployment with a probe that names no port is refused.
    const [deployment] = objects.filter((object) => object.kind === 'Deployment');
    const broken = structuredClone(deployment);
    delete broken.spec.template.spec.containers[0].livenessProbe.httpGet.port;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Deployment } = require('kubernetes-models/apps/v1/Deployment');
    expect(() => new Deployment(broken).validate()).toThrow(/port/);
  });

  it('applies the services with kustomize, and the migrations Job with a kustomization of its own', () => {
    const resources = (path: string) => (parse(readFileSync(join(KUBERNETES_DIR, path), 'utf8')) as { resources: string[] }).resources.sort();
    const manifests = files.filter((path) => !path.endsWith('kustomization.yaml'));
    expect(resources('kustomization.yaml')).toEqual(manifests.filter((path) => !path.startsWith('jobs/')));
    expect(resources('jobs/kustomization.yaml').map((path) => `jobs/${path}`)).toEqual(manifests.filter((path) => path.startsWith('jobs/')));
  });

  it('lists the subgraphs of the supergraph, which are those platform.json enables', () => {
    expect(graphs.map((graph) => graph.name).sort()).toEqual(services.map((service) => service.name).sort());
  });

  it.each(graphs.map((graph) => [graph.name, graph.port]))('runs subgraph %s on port %s: Deployment, Service, probes, DATABASE_URL from a Secret', (name, port) => {
    const pod = podOf('Deployment', resourceName(String(name)));
    const [container] = pod.containers;
    expect(container.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: port })]);
    expect(container.env).toContainEqual({ name: 'PORT', value: String(port) });
    expect(container.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
    const database = container.env.find((variable) => variable.name === 'DATABASE_URL');
    expect(database?.valueFrom?.secretKeyRef).toEqual({ name: 'kaiku-database', key: 'DATABASE_URL' });
    expect(container.command).toContain(services.find((service) => service.name === name)!.folder);
    expect(find('Deployment', resourceName(String(name)))!.spec.template.metadata.annotations).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': String(port),
      'prometheus.io/path': '/metrics',
    });
    const service = find('Service', resourceName(String(name)))!;
    expect(service.spec.ports).toEqual([expect.objectContaining({ port, targetPort: 'http' })]);
    expect(service.spec.selector).toEqual(find('Deployment', resourceName(String(name)))!.spec.selector.matchLabels);
    expect(find('PodDisruptionBudget', resourceName(String(name)))).toBeDefined();
    expect(find('HorizontalPodAutoscaler', resourceName(String(name)))!.spec.scaleTargetRef.name).toBe(resourceName(String(name)));
  });

  it('points the gateway at every subgraph Service and starts it once every subgraph is ready', () => {
    const [gateway] = podOf('Deployment', resourceName('gateway')).containers;
    for (const service of services) {
      const variable = `SUBGRAPH_${service.name.toUpperCase().replace(/-/g, '_')}_URL`;
      expect(gateway.env).toContainEqual({ name: variable, value: serviceUrl(service) });
    }
    expect(gateway.startupProbe?.httpGet?.path).toBe('/ready');
    // Ready on /health afterwards: a subgraph down means partial answers, not none.
    expect(gateway.readinessProbe?.httpGet?.path).toBe('/health');
    expect(find('Service', resourceName('gateway'))!.spec.ports[0].port).toBe(readPlatformFile().gateway.port);
  });

  it('runs each service with the command docker-compose.yml gives it, and migrations as a Job of the same CLI', () => {
    const compose = parse(readFileSync(DOCKER_COMPOSE_PATH, 'utf8'), { merge: true }) as { services: Record<string, { command: string[] }> };
    for (const name of ['gateway', ...services.map((service) => service.name)]) {
      expect([name, podOf('Deployment', resourceName(name)).containers[0].command]).toEqual([name, compose.services[name].command]);
    }
    const migrate = podOf('Job', 'kaiku-migrate').containers[0];
    expect(migrate.command).toEqual([...compose.services.seed.command.slice(0, -1), 'migrate']);
  });

  it('runs every pod as a non-root user on a read-only root filesystem, within requests and limits', () => {
    const pods = objects.filter((object) => object.kind === 'Deployment' || object.kind === 'Job').map((object) => [object.metadata.name, object.spec.template.spec as PodSpec] as const);
    for (const [name, pod] of pods) {
      expect([name, pod.securityContext?.runAsNonRoot, pod.securityContext?.runAsUser]).toEqual([name, true, 1000]);
      expect(pod.volumes).toContainEqual(expect.objectContaining({ name: 'tmp', emptyDir: expect.any(Object) }));
      for (const container of pod.containers) {
        expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
        expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
        expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
        expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
      }
    }
  });

  describe('settings, from the same schemas as the README table', () => {
    const gatewayNames = new Set(GATEWAY_SETTINGS.map((entry) => entry.name));
    const subgraphNames = new Set(SUBGRAPH_SETTINGS.map((entry) => entry.name));
    /** What a container's environment becomes: ConfigMap values and literals; a Secret's value is unknown here, so a stand-in. */
    const resolve = (env: EnvVar[]) =>
      Object.fromEntries(env.map((variable) => [variable.name, variable.value ?? (variable.valueFrom?.configMapKeyRef ? configData()[variable.valueFrom.configMapKeyRef.key] : '{}')]));
    const configData = () => (find('ConfigMap', CONFIG_MAP) as unknown as { data: Record<string, string> }).data;

    it('has a decision for every variable a schema reads, and for nothing else', () => {
      expect(settingsOutOfStep()).toEqual({ undecided: [], unknown: [] });
    });

    it('sets only variables the service\'s own schema reads, and the ConfigMap only those', () => {
      const [gateway] = podOf('Deployment', resourceName('gateway')).containers;
      expect(gateway.env.map((variable) => variable.name).filter((name) => !gatewayNames.has(name) && !/^SUBGRAPH_[A-Z0-9_]+_URL$/.test(name))).toEqual([]);
      for (const service of services) {
        const [container] = podOf('Deployment', resourceName(service.name)).containers;
        expect([service.name, container.env.map((variable) => variable.name).filter((name) => !subgraphNames.has(name))]).toEqual([service.name, []]);
      }
      expect(Object.keys(configData()).filter((name) => !gatewayNames.has(name) && !subgraphNames.has(name))).toEqual([]);
      for (const variable of objects.flatMap((object) => (object.spec?.template?.spec as PodSpec | undefined)?.containers ?? []).flatMap((container) => container.env)) {
        if (variable.valueFrom?.configMapKeyRef) expect(configData()).toHaveProperty([variable.valueFrom.configMapKeyRef.key]);
      }
    });

    it('gives every service settings its schema accepts', () => {
      const [gateway] = podOf('Deployment', resourceName('gateway')).containers;
      expect(() => gatewayConfigFromEnv(resolve(gateway.env))).not.toThrow();
      expect(gatewayConfigFromEnv(resolve(gateway.env))).toMatchObject({ production: true, host: '0.0.0.0' });
      for (const service of services) {
        const [container] = podOf('Deployment', resourceName(service.name)).containers;
        expect(checkSubgraphEnv(resolve(container.env))).toMatchObject({ port: service.port, host: '0.0.0.0' });
      }
    });

    it('keeps every secret in a Secret, never a value in a manifest', () => {
      const secretNames = [...GATEWAY_SETTINGS, ...SUBGRAPH_SETTINGS].map((entry) => entry.name).filter((name) => /_JWK$|_SECRET$|^DATABASE_URL$/.test(name));
      expect(Object.keys(configData()).filter((name) => secretNames.includes(name))).toEqual([]);
      for (const variable of objects.flatMap((object) => (object.spec?.template?.spec as PodSpec | undefined)?.containers ?? []).flatMap((container) => container.env)) {
        if (secretNames.includes(variable.name)) expect([variable.name, variable.valueFrom?.secretKeyRef?.key]).toEqual([variable.name, expect.any(String)]);
      }
    });
  });
});

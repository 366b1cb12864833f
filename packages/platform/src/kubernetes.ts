/**
 * deploy/kubernetes/, generated from platform.json (`npm run kaiku -- kubernetes`) like
 * docker-compose.yml: for the gateway and every subgraph and extension a Deployment, a
 * Service, a PodDisruptionBudget and a HorizontalPodAutoscaler; the ConfigMap of the settings
 * (kubernetes-settings.ts decides each one); the migrations Job. Objects are typed and
 * validated by kubernetes-models (the Kubernetes API's own OpenAPI schemas). Each container
 * runs the command docker-compose.yml gives the same service, so the two never differ.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import { Service } from 'kubernetes-models/v1/Service';
import { parse, stringify } from 'yaml';
import { dockerComposeYaml, subgraphUrlVariable, type ComposeService } from './docker-compose';
import {
  CONFIG_MAP,
  configValue,
  GATEWAY_SETTINGS,
  KUBERNETES_SETTINGS,
  PLATFORM_SECRETS,
  settingsOutOfStep,
  SUBGRAPH_SETTINGS,
  type SettingSource,
} from './kubernetes-settings';
import { ROOT } from './platform';

/** What every kubernetes-models object offers: its plain form and a check against the API's schema. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string };
  toJSON(): unknown;
  validate(): void;
}

export const KUBERNETES_DIR = join(ROOT, 'deploy', 'kubernetes');
/** The image every container runs (docker-compose.yml builds it by this name); `--image` or kustomize's `images:` set another. */
export const DEFAULT_IMAGE = 'kaiku-platform:latest';
/** The image's non-root user (node's `node` user): numeric, so runAsNonRoot can be checked. */
const USER_ID = 1000;
const PART_OF = 'kaiku';
/** Only these /tmp files are written (the root filesystem is read-only). */
const TMP_SIZE = '64Mi';

export interface KubernetesOptions {
  image?: string;
  gatewayPort: number;
}

/** What runs: the gateway, or a subgraph or extension of platform.json. */
interface Workload {
  name: string;
  component: 'gateway' | 'subgraph' | 'extension';
  port: number;
  command: string[];
  env: IEnvVar[];
  resources: { requests: { cpu: string; memory: string }; limits: { cpu: string; memory: string } };
  replicas: { min: number; max: number };
}

/** `kaiku-<name>`: the Deployment, Service, PDB and HPA of a workload, and its host name. */
export function resourceName(name: string): string {
  const resource = `${PART_OF}-${name}`;
  if (!/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(resource)) throw new Error(`${resource} is not a Kubernetes name (DNS-1035 label, at most 63 characters)`);
  return resource;
}

export function serviceUrl(service: Pick<ComposeService, 'name' | 'port'>): string {
  return `http://${resourceName(service.name)}:${service.port}/graphql`;
}

/** The command of each service as docker-compose.yml runs it (one source for both). */
function composeCommands(services: ComposeService[]): Record<string, string[]> {
  const compose = parse(dockerComposeYaml(services), { merge: true }) as { services: Record<string, { command?: string[] }> };
  return Object.fromEntries(Object.entries(compose.services).flatMap(([name, service]) => (service.command ? [[name, service.command]] : [])));
}

/** The migrations Job runs the CLI that compose's `seed` runs, with `migrate` (no demo data). */
function migrateCommand(seed: string[]): string[] {
  if (seed[seed.length - 1] !== 'seed') throw new Error(`docker-compose.yml's seed command no longer ends in "seed": ${seed.join(' ')}`);
  return [...seed.slice(0, -1), 'migrate'];
}

function fromSource(name: string, source: SettingSource): IEnvVar | undefined {
  if (source.from === 'config') return { name, valueFrom: { configMapKeyRef: { name: CONFIG_MAP, key: name } } };
  if (source.from === 'secret') return { name, valueFrom: { secretKeyRef: { name: source.secret, key: name } } };
  return undefined;
}

/** Every variable the schema reads that comes from the ConfigMap or a Secret, in schema order. */
function settingsEnv(settings: Array<{ name: string }>): IEnvVar[] {
  return settings.flatMap(({ name }) => {
    const variable = fromSource(name, KUBERNETES_SETTINGS[name]);
    return variable ? [variable] : [];
  });
}

/** platform.json's `environment` of a service: `${NAME}` is a key of the Secret kaiku-secrets, anything else a value. */
function platformEnv(environment: Record<string, string> = {}): IEnvVar[] {
  return Object.entries(environment).map(([name, value]) => {
    const secret = /^\$\{([A-Z0-9_]+)\}$/.exec(value);
    return secret ? { name, valueFrom: { secretKeyRef: { name: PLATFORM_SECRETS, key: secret[1] } } } : { name, value };
  });
}

function labels(workload: Pick<Workload, 'name' | 'component'>): Record<string, string> {
  return { 'app.kubernetes.io/name': workload.name, 'app.kubernetes.io/component': workload.component, 'app.kubernetes.io/part-of': PART_OF };
}
const selector = (name: string) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': PART_OF });

const httpGet = (path: string) => ({ httpGet: { path, port: 'http' } });

/**
 * Probes. A subgraph is live while /health answers and ready while /ready does (its database
 * answers); its start-up (migrations) may take minutes. The gateway is started once /ready
 * says every subgraph answered, but afterwards it stays ready on /health: it serves partial
 * answers when a subgraph is down, which a readiness on /ready would turn into no answers.
 */
function probes(workload: Workload): Pick<IContainer, 'startupProbe' | 'readinessProbe' | 'livenessProbe'> {
  const startup = { periodSeconds: 5, failureThreshold: 60, timeoutSeconds: 3 };
  if (workload.component === 'gateway') {
    return {
      startupProbe: { ...httpGet('/ready'), ...startup },
      readinessProbe: { ...httpGet('/health'), periodSeconds: 5, timeoutSeconds: 3 },
      livenessProbe: { ...httpGet('/health'), periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
    };
  }
  return {
    startupProbe: { ...httpGet('/health'), ...startup },
    readinessProbe: { ...httpGet('/ready'), periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 2 },
    livenessProbe: { ...httpGet('/health'), periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
  };
}

/** Non-root, nothing to escalate to, read-only root filesystem; /tmp is an emptyDir. */
function podSpec(containers: IContainer[], restartPolicy?: 'Never'): IPodSpec {
  return {
    automountServiceAccountToken: false,
    securityContext: { runAsNonRoot: true, runAsUser: USER_ID, runAsGroup: USER_ID, fsGroup: USER_ID, seccompProfile: { type: 'RuntimeDefault' } },
    containers: containers.map((container) => ({
      ...container,
      securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    })),
    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: TMP_SIZE } }],
    ...(restartPolicy ? { restartPolicy } : {}),
  };
}

function workloadObjects(workload: Workload, image: string): KubernetesObject[] {
  const name = resourceName(workload.name);
  const container: IContainer = {
    name: workload.name,
    image,
    imagePullPolicy: 'IfNotPresent',
    command: workload.command,
    ports: [{ name: 'http', containerPort: workload.port, protocol: 'TCP' }],
    env: [{ name: 'PORT', value: String(workload.port) }, ...workload.env],
    resources: workload.resources,
    ...probes(workload),
  };
  const deployment = new Deployment({
    metadata: { name, labels: labels(workload) },
    spec: {
      // No replicas: the HorizontalPodAutoscaler owns the count (kubectl apply would reset it).
      selector: { matchLabels: selector(workload.name) },
      revisionHistoryLimit: 10,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels: labels(workload),
          annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(workload.port), 'prometheus.io/path': '/metrics' },
        },
        spec: {
          ...podSpec([container]),
          terminationGracePeriodSeconds: 30,
          topologySpreadConstraints: [
            { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector(workload.name) } },
          ],
        },
      },
    },
  });
  const service = new Service({
    metadata: { name, labels: labels(workload) },
    spec: { type: 'ClusterIP', selector: selector(workload.name), ports: [{ name: 'http', port: workload.port, targetPort: 'http', protocol: 'TCP' }] },
  });
  const budget = new PodDisruptionBudget({
    metadata: { name, labels: labels(workload) },
    spec: { minAvailable: 1, selector: { matchLabels: selector(workload.name) } },
  });
  const autoscaler = new HorizontalPodAutoscaler({
    metadata: { name, labels: labels(workload) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: workload.replicas.min,
      maxReplicas: workload.replicas.max,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
  });
  return [deployment, service, budget, autoscaler];
}

function configMap(): ConfigMap {
  const names = [...new Set([...GATEWAY_SETTINGS, ...SUBGRAPH_SETTINGS].map((entry) => entry.name))];
  const data = Object.fromEntries(names.flatMap((name) => (configValue(name) === undefined ? [] : [[name, configValue(name)!]])));
  return new ConfigMap({ metadata: { name: CONFIG_MAP, labels: { 'app.kubernetes.io/part-of': PART_OF } }, data });
}

/**
 * The gateway's anonymous limit lives in each replica's memory (no database on that path), so
 * the manifests say what one address may get at most: the setting times maxReplicas.
 */
const gatewayLimitRule = (maxReplicas: number) =>
  `.\n# KAIKU_ANONYMOUS_PER_MINUTE is per gateway replica: one address may get up to maxReplicas (${maxReplicas}) times it a minute;` +
  `\n# for a budget B per address set it to B / maxReplicas (docs/operations.md, Replicas)`;

const SUBGRAPH_RESOURCES = { requests: { cpu: '100m', memory: '192Mi' }, limits: { cpu: '1', memory: '512Mi' } };
const GATEWAY_RESOURCES = { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '2', memory: '768Mi' } };

export interface ManifestFile {
  /** Relative to deploy/kubernetes. */
  path: string;
  /** What the file is, for its header. */
  about: string;
  objects: KubernetesObject[];
}

/** Every object, by file. Throws when a setting of the schemas has no decision in kubernetes-settings.ts. */
export function kubernetesManifests(services: ComposeService[], options: KubernetesOptions): ManifestFile[] {
  const { undecided, unknown } = settingsOutOfStep();
  if (undecided.length || unknown.length) {
    throw new Error(`packages/platform/src/kubernetes-settings.ts is out of step with the settings schemas: ${[...undecided.map((name) => `${name} has no decision`), ...unknown.map((name) => `${name} is read by no schema`)].join('; ')}`);
  }
  const image = options.image ?? DEFAULT_IMAGE;
  const commands = composeCommands(services);
  const subgraphEnv = settingsEnv(SUBGRAPH_SETTINGS);
  const workloads: Workload[] = [
    {
      name: 'gateway',
      component: 'gateway',
      port: options.gatewayPort,
      command: commands.gateway,
      env: [...settingsEnv(GATEWAY_SETTINGS), ...services.map((service) => ({ name: subgraphUrlVariable(service.name), value: serviceUrl(service) }))],
      resources: GATEWAY_RESOURCES,
      replicas: { min: 2, max: 10 },
    },
    ...services.map(
      (service): Workload => ({
        name: service.name,
        component: service.kind,
        port: service.port,
        command: commands[service.name],
        env: [...subgraphEnv, ...platformEnv(service.environment)],
        resources: SUBGRAPH_RESOURCES,
        replicas: { min: 2, max: 6 },
      }),
    ),
  ];
  const migrate = new Job({
    metadata: { name: `${PART_OF}-migrate`, labels: { 'app.kubernetes.io/name': 'migrate', 'app.kubernetes.io/part-of': PART_OF } },
    spec: {
      backoffLimit: 3,
      activeDeadlineSeconds: 1800,
      ttlSecondsAfterFinished: 86_400,
      template: {
        metadata: { labels: { 'app.kubernetes.io/name': 'migrate', 'app.kubernetes.io/part-of': PART_OF } },
        spec: podSpec(
          [
            {
              name: 'migrate',
              image,
              imagePullPolicy: 'IfNotPresent',
              command: migrateCommand(commands.seed),
              env: settingsEnv(SUBGRAPH_SETTINGS.filter((entry) => ['DATABASE_URL', 'KAIKU_DATA_DIR', 'LOG_LEVEL'].includes(entry.name))),
              resources: SUBGRAPH_RESOURCES,
            },
          ],
          'Never',
        ),
      },
    },
  });
  return [
    { path: 'config.yaml', about: `Settings of every service (the ConfigMap ${CONFIG_MAP}); secrets are not here (docs/operations.md)`, objects: [configMap()] },
    ...workloads.map((workload) => ({
      path: `${workload.name}.yaml`,
      about:
        `The ${workload.component === 'gateway' ? 'gateway' : `${workload.component} ${workload.name}`}: Deployment, Service, PodDisruptionBudget, HorizontalPodAutoscaler` +
        (workload.component === 'gateway' ? gatewayLimitRule(workload.replicas.max) : ''),
      objects: workloadObjects(workload, image),
    })),
    { path: 'jobs/migrate.yaml', about: 'Migrations of every subgraph and extension, run before a rollout (not in kustomization.yaml: docs/operations.md)', objects: [migrate] },
  ];
}

const HEADER = 'Generated by `npm run compose` from platform.json: do not edit by hand (packages/platform/src/kubernetes.test.ts fails).';

/** The files of deploy/kubernetes, by relative path. */
export function kubernetesFiles(services: ComposeService[], options: KubernetesOptions): Record<string, string> {
  const manifests = kubernetesManifests(services, options);
  const files: Record<string, string> = {};
  for (const manifest of manifests) {
    const documents = manifest.objects.map((object) => stringify(object.toJSON(), { lineWidth: 0 }));
    files[manifest.path] = `# ${manifest.about}.\n# ${HEADER}\n${documents.join('---\n')}`;
  }
  // Two kustomizations: the services (kubectl apply -k deploy/kubernetes) and the Job, applied before each rollout.
  const [name, tag = 'latest'] = (options.image ?? DEFAULT_IMAGE).split(':');
  const kustomization = (comment: string, resources: string[]) =>
    `# ${comment}\n# ${HEADER}\n${stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources, images: [{ name, newTag: tag }] }, { lineWidth: 0 })}`;
  const paths = manifests.map((manifest) => manifest.path);
  files['kustomization.yaml'] = kustomization(
    'The services: kubectl apply -k (an overlay sets the image, the namespace and the settings: docs/operations.md).',
    paths.filter((path) => !path.startsWith('jobs/')),
  );
  files['jobs/kustomization.yaml'] = kustomization(
    'The migrations Job, run before each rollout (docs/operations.md).',
    paths.filter((path) => path.startsWith('jobs/')).map((path) => path.slice('jobs/'.length)),
  );
  return files;
}

/** Writes deploy/kubernetes afresh (a file of a service no longer enabled is removed). */
export function writeKubernetes(services: ComposeService[], options: KubernetesOptions, directory = KUBERNETES_DIR): string[] {
  const files = kubernetesFiles(services, options);
  rmSync(directory, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(directory, path, '..'), { recursive: true });
    writeFileSync(join(directory, path), text);
  }
  return Object.keys(files).sort();
}

/** The files now in deploy/kubernetes, by relative path. */
export function listKubernetesFiles(directory = KUBERNETES_DIR): string[] {
  const walk = (dir: string, prefix: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]));
  return walk(directory, '').sort();
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { StartupError } from '@kaiku/database';
import { API_SCHEMA_PATH, breakingChanges, composePlatform, loadPlatform, printSubgraphs, readPlatformFile, ROOT, SUPERGRAPH_PATH } from '@kaiku/platform';
import { DOCKER_COMPOSE_PATH, dockerComposeYaml } from '@kaiku/platform/src/docker-compose';
import { KUBERNETES_DIR, kubernetesFiles, listKubernetesFiles, writeKubernetes } from '@kaiku/platform/src/kubernetes';

export interface ComposeOptions {
  check?: boolean;
  print?: boolean;
}

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/**
 * `kaiku compose`: composes platform.json's subgraphs and extensions and writes what follows
 * from them (the supergraph, the client schema, docker-compose.yml), all or nothing: a refused
 * extension leaves every file as it was.
 */
export async function composeCommand(options: ComposeOptions): Promise<void> {
  const { services, failures } = loadPlatform();
  const modules = services.map((service) => service.module);
  if (options.print) {
    for (const { name, sdl } of await printSubgraphs(modules)) console.log(`# ---- subgraph ${name} ----\n${sdl}`);
  }
  const result = await composePlatform(modules);
  const problems = [
    ...failures.map((failure) => `extension in ${failure.folder} does not load: ${failure.reason}`),
    ...result.refused.flatMap((refusal) => refusal.reasons),
  ];
  const composed = services
    .filter((service) => result.included.includes(service.module.name))
    .map((service) => ({ name: service.module.name, folder: service.folder, port: service.module.port, kind: service.kind, environment: service.entry?.environment }));
  const files = new Map<string, string>([
    [SUPERGRAPH_PATH, result.supergraph],
    [API_SCHEMA_PATH, result.apiSchema],
    [DOCKER_COMPOSE_PATH, dockerComposeYaml(composed)],
  ]);
  const names = [...files.keys()].map((path) => relative(ROOT, path));
  // deploy/kubernetes/ follows from the same services (packages/platform/src/kubernetes.ts).
  const kubernetesOptions = { gatewayPort: readPlatformFile().gateway.port };
  const kubernetes = problems.length ? {} : kubernetesFiles(composed, kubernetesOptions);
  if (problems.length) {
    for (const problem of problems) console.error(`Refused: ${problem}`);
    const refusedNames = [...failures.map((failure) => failure.folder), ...result.refused.map((refusal) => refusal.extension)];
    throw new StartupError(
      `Composition refused ${refusedNames.join(', ')} (${problems.length} problem(s) above): nothing was written, ${names.join(', ')} are as they were. ` +
        'Fix the extension, or disable it in platform.json, and run `npm run compose` again.',
    );
  }
  const previous = read(API_SCHEMA_PATH);
  for (const change of previous ? breakingChanges(previous, result.apiSchema) : []) console.warn(`Breaking change against the previous supergraph: ${change}`);
  if (options.check) {
    const stale = [...files].filter(([path, text]) => read(path) !== text).map(([path]) => relative(ROOT, path));
    const present = existsSync(KUBERNETES_DIR) ? listKubernetesFiles() : [];
    const wanted = Object.keys(kubernetes).sort();
    if (JSON.stringify(present) !== JSON.stringify(wanted) || wanted.some((path) => read(join(KUBERNETES_DIR, path)) !== kubernetes[path])) stale.push('deploy/kubernetes/');
    if (stale.length) throw new StartupError(`${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`npm run compose\` and commit ${stale.length === 1 ? 'it' : 'them'}.`);
    console.log(`${names.join(', ')} and deploy/kubernetes/ are up to date.`);
    return;
  }
  for (const [path, text] of files) writeFileSync(path, text);
  writeKubernetes(composed, kubernetesOptions);
  console.log(`Composed ${result.included.join(', ')} into ${names.join(', ')} and deploy/kubernetes/.`);
}

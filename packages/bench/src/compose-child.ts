/**
 * What `npm start`'s supervisor does before it starts services: loads every module of the
 * platform and composes the supergraph for the given URLs. Run as its own process by the
 * startup benchmark, so the time includes loading the code.
 *   node -r @swc-node/register compose-child.ts <supergraph file> '<{"areas":"http://..."}>'
 */
import { writeFileSync } from 'node:fs';
import { composePlatform } from '@kaiku/cli/src/compose';
import { loadServices } from '@kaiku/cli/src/platform';

async function main(): Promise<void> {
  const [file, urlsJson] = process.argv.slice(2);
  const urls = JSON.parse(urlsJson) as Record<string, string>;
  const composition = await composePlatform(loadServices().map((service) => service.module), (module) => urls[module.name]);
  if (composition.refused.length) throw new Error(composition.refused.flatMap((refusal) => refusal.reasons).join('\n'));
  writeFileSync(file, composition.supergraph);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

import type { SubgraphModule } from './define';

/** What an area's extension declares about itself (`kaiku-extension.json`). */
export interface ExtensionManifest {
  /** Short kebab-case name, e.g. `sport-venues`; root fields start with its camelCase form. */
  name: string;
  /** Code of the owning area, e.g. `tampereen-seutu`. */
  area: string;
  description: string;
  /** Range of core versions it was written for (semver), e.g. `^0.1.0`. */
  core: string;
  port: number;
  /** Core entities it adds fields to. */
  extends: Array<'Area' | 'Partner' | 'Card'>;
  /** Core event logs it follows. */
  follows: Array<'areas' | 'partners' | 'cards'>;
  /** True when its fields resolve in every area, not only the owning one. */
  national?: boolean;
}

export interface ExtensionModule<Loaders = any> extends SubgraphModule<Loaders> {
  manifest: ExtensionManifest;
}

/** The camelCase prefix every root field of the extension must start with. */
export function extensionPrefix(manifest: Pick<ExtensionManifest, 'name'>): string {
  return manifest.name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The PostgreSQL schema of an extension: `ext_<name>`. */
export function extensionSchema(manifest: Pick<ExtensionManifest, 'name'>): string {
  return `ext_${manifest.name.replace(/-/g, '_')}`;
}

/**
 * Declares an extension: a subgraph named `<area>-<name>` on its own schema `ext_<name>`,
 * carrying its manifest so `compose` can hold it to the rules that protect the core.
 */
export function defineExtension<Loaders>(
  manifest: ExtensionManifest,
  module: Omit<SubgraphModule<Loaders>, 'name' | 'schema' | 'port'>,
): ExtensionModule<Loaders> {
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(manifest.name)) throw new Error(`Extension name "${manifest.name}" must be kebab-case`);
  return { ...module, name: `${manifest.area}-${manifest.name}`, schema: extensionSchema(manifest), port: manifest.port, manifest };
}

export function isExtension(module: SubgraphModule): module is ExtensionModule {
  return 'manifest' in module;
}

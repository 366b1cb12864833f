import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { StartupError } from '@kaiku/database';
import { extensionPrefix, extensionSchema } from '@kaiku/subgraph-kit';
import { ROOT } from './platform';

export interface ScaffoldOptions {
  area: string;
  name: string;
  /** Folder that holds extensions (default `extensions/`). */
  directory?: string;
  port?: number;
}

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** The last word in the singular, for the type of one row: library-events -> library-event. */
export function singular(kebab: string): string {
  return kebab.replace(/ies$/, 'y').replace(/(s|x|ch|sh)es$/, '$1').replace(/([^s])s$/, '$1');
}

/** Readable names from `--name`: files `library-events.ts`, type `LibraryEvent`, table `library_events`. */
export function scaffoldNames(name: string): { file: string; type: string; table: string } {
  return { file: name, type: pascal(singular(name)), table: name.replace(/-/g, '_') };
}

/** The next free port after those of existing extensions (4101 up). */
function nextPort(directory: string): number {
  const ports = existsSync(directory)
    ? readdirSync(directory)
        .map((folder) => join(directory, folder, 'kaiku-extension.json'))
        .filter(existsSync)
        .map((file) => Number(JSON.parse(readFileSync(file, 'utf8')).port))
    : [];
  return Math.max(4100, ...ports) + 1;
}

/**
 * `kaiku create-extension`: a working extension in the shape of a core subgraph: an entity,
 * a field on the core Partner (own area only), a query and a validated mutation with the
 * extension's prefix, a migration, a reference resolver, a manifest and a test.
 */
export function createExtension(options: ScaffoldOptions): string {
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(options.area)) throw new StartupError('--area must be an area code such as "helsinki".');
  if (!/^[a-z][a-z0-9-]{1,40}$/.test(options.name)) throw new StartupError('--name must be kebab-case, such as "library-hours".');
  const directory = options.directory ?? join(ROOT, 'extensions');
  const folder = join(directory, `${options.area}-${options.name}`);
  if (existsSync(folder)) throw new StartupError(`${relative(ROOT, folder)} exists already: choose another --name.`);
  const manifest = {
    name: options.name,
    area: options.area,
    description: `${pascal(options.name)}: a local extension of ${options.area}.`,
    core: '^0.1.0',
    port: options.port ?? nextPort(directory),
    extends: ['Partner'],
    follows: ['areas', 'partners'],
    national: false,
  };
  const files = templates({ prefix: extensionPrefix(manifest), ...scaffoldNames(options.name), schema: extensionSchema(manifest), area: options.area, subgraph: `${options.area}-${options.name}`, stamp: Date.now() });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'kaiku-extension.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}

interface Names {
  prefix: string;
  /** kebab-case base of the file names */
  file: string;
  /** PascalCase type of one row */
  type: string;
  table: string;
  schema: string;
  area: string;
  subgraph: string;
  stamp: number;
}

function templates({ prefix, file, type, table, schema, area, subgraph, stamp }: Names): Record<string, string> {
  const kit = ['@kaiku/subgraph-kit', '@kaiku/events', '@kaiku/identity', 'type-graphql', 'typeorm', 'dataloader', 'class-validator', 'graphql'];
  return {
    'package.json': `${JSON.stringify(
      {
        name: `@kaiku/ext-${subgraph}`,
        version: '0.1.0',
        private: true,
        main: 'src/index.ts',
        types: 'src/index.ts',
        dependencies: Object.fromEntries(kit.map((name) => [name, name.startsWith('@kaiku/') ? 'workspace:*' : versionOf(name)])),
      },
      null,
      2,
    )}\n`,
    'src/index.ts': `import { defineExtension, followNetworkFacts, type ExtensionManifest } from '@kaiku/subgraph-kit';
import manifest from '../kaiku-extension.json';
import { ${type} } from './entities/${singular(file)}';
import { createLoaders } from './loaders';
import { Create${pascal(file)}${stamp} } from './migrations/${stamp}-create-${file}';
import { ${type}Fields } from './resolvers/${file}-fields';
import { ${type}Operations } from './resolvers/${file}-operations';

/** ${manifest(area)} */
export default defineExtension(manifest as ExtensionManifest, {
  entities: [${type}],
  resolvers: [${type}Fields, ${type}Operations],
  // The core asks this extension for Partner.${prefix} by key.
  references: { Partner: (reference) => ({ id: String(reference.id) }) },
  migrations: [Create${pascal(file)}${stamp}],
  loaders: createLoaders,
  // Which partner is in which area, from the core's event logs (own cursor).
  workers: [followNetworkFacts('${schema}')],
  // Demo data: add \`seed: (dataSource) => ...\` that names demo partners by stableId('partner', '<key>') (docs/extending.md).
});
`,
    [`src/entities/${singular(file)}.ts`]: `import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The core Partner, extended by key. */
@ObjectType('Partner')
@Directive('@key(fields: "id")')
export class Partner {
  @Field(() => ID)
  id: string;
}

/** What this extension stores per partner: replace the note with your own fields. */
@Entity({ name: '${table}' })
@ObjectType('${type}', { simpleResolvers: true })
export class ${type} {
  @PrimaryColumn({ type: 'uuid' })
  partnerId: string;

  @Column({ type: 'text' })
  @Field(() => String)
  note: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;
}
`,
    'src/loaders.ts': `import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { inAreaSql, isUuid, type KaikuContext } from '@kaiku/subgraph-kit';
import manifest from '../kaiku-extension.json';
import { ${type} } from './entities/${singular(file)}';

export function createLoaders(dataSource: DataSource) {
  return {
    /** One statement per batch; partners outside the owning area get null (the extension is local). */
    byPartnerId: new DataLoader<string, ${type} | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await dataSource
            .getRepository(${type})
            .createQueryBuilder('n')
            .where('n.partner_id = ANY(:ids)', { ids: valid })
            .andWhere(manifest.national ? 'true' : inAreaSql('${schema}', 'n.partner_id', ':area'), { area: manifest.area })
            .getMany()
        : [];
      const byId = new Map(rows.map((row) => [row.partnerId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Context = KaikuContext<ReturnType<typeof createLoaders>>;
`,
    [`src/resolvers/${file}-fields.ts`]: `import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Partner, ${type} } from '../entities/${singular(file)}';
import type { Context } from '../loaders';

@Resolver(() => Partner)
export class ${type}Fields {
  @FieldResolver(() => ${type}, { nullable: true, description: '${area} only; null elsewhere' })
  ${prefix}(@Root() partner: Partner, @Ctx() { loaders }: Context): Promise<${type} | null> {
    return loaders.byPartnerId.load(partner.id);
  }
}
`,
    [`src/resolvers/${file}-operations.ts`]: `import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { canActForArea, hasRole } from '@kaiku/identity';
import { BadInputError, ForbiddenError, NotFoundError, inAreaSql, isUuid } from '@kaiku/subgraph-kit';
import manifest from '../../kaiku-extension.json';
import { Partner, ${type} } from '../entities/${singular(file)}';
import type { Context } from '../loaders';

/** Root fields start with the extension's prefix "${prefix}": compose refuses others. */
@Resolver()
export class ${type}Operations {
  @Query(() => [Partner], { description: 'Partners of ${area} with a note' })
  async ${prefix}Partners(@Ctx() { dataSource }: Context): Promise<Partner[]> {
    const rows: Array<{ partner_id: string }> = await dataSource.query(
      \`SELECT partner_id FROM "${schema}".${table} n WHERE \${inAreaSql('${schema}', 'n.partner_id', '$1')} ORDER BY partner_id\`,
      [manifest.area],
    );
    return rows.map((row) => ({ id: row.partner_id }));
  }

  @Authorized('NATIONAL_ADMIN', 'AREA_COORDINATOR')
  @Mutation(() => Partner, { description: 'Sets the note of a partner of ${area}' })
  async ${prefix}SetNote(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('note', () => String) note: string,
    @Ctx() { dataSource, caller }: Context,
  ): Promise<Partner> {
    if (!hasRole(caller, 'NATIONAL_ADMIN') && !canActForArea(caller, 'AREA_COORDINATOR', manifest.area)) {
      throw new ForbiddenError(\`Only coordinators of \${manifest.area} can do this\`);
    }
    if (!note.trim() || note.length > 2000) throw new BadInputError('note', 'must be 1-2000 characters');
    const [partner] = isUuid(partnerId)
      ? await dataSource.query(\`SELECT 1 FROM "${schema}".partner_areas n WHERE n.partner_id = $1 AND \${inAreaSql('${schema}', 'n.partner_id', '$2')}\`, [partnerId, manifest.area])
      : [];
    if (!partner) throw new NotFoundError(\`Partner of \${manifest.area}\`, 'partnerId');
    await dataSource.getRepository(${type}).upsert({ partnerId, note: note.trim() }, ['partnerId']);
    return { id: partnerId };
  }
}
`,
    [`src/migrations/${stamp}-create-${file}.ts`]: `import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventCursorTableSql } from '@kaiku/events';
import { networkFactsTablesSql } from '@kaiku/subgraph-kit';

export class Create${pascal(file)}${stamp} implements MigrationInterface {
  name = 'Create${pascal(file)}${stamp}';

  async up(db: QueryRunner): Promise<void> {
    await db.query(\`CREATE TABLE "${schema}".${table} (
      partner_id uuid PRIMARY KEY,
      note text NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
      updated_at timestamptz NOT NULL DEFAULT now()
    )\`);
    for (const sql of [...networkFactsTablesSql('${schema}'), ...eventCursorTableSql('${schema}')]) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE "${schema}".event_cursors, "${schema}".known_areas, "${schema}".partner_areas, "${schema}".${table}');
  }
}
`,
    [`test/${file}.int.test.ts`]: `import { eventually, startStack, type TestStack } from '@kaiku/testing';
import extension from '../src';

/**
 * The extension with the core areas and partners, through the real gateway. It makes the area
 * (when the core does not know it yet) and a partner in it through the graph, so it passes for
 * any area code, with or without demo data there.
 */
describe('extension ${subgraph}', () => {
  let stack: TestStack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack({ only: ['areas', 'partners'], extraModules: [extension] });
    admin = await stack.token({ role: 'NATIONAL_ADMIN' });
  });
  afterAll(() => stack?.stop());

  /** A partner of ${area}, registered through the graph (the area too, if it is new). */
  async function partnerOfTheArea(): Promise<string> {
    const known = await stack.request('query($code: String!) { area(code: $code) { id } }', { code: '${area}' });
    if (!known.data?.area) {
      const created = await stack.request(
        'mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }',
        { input: { code: '${area}', name: { fi: '${area}' }, kind: 'MUNICIPALITY' } },
        { token: admin },
      );
      expect(created.errors).toBeUndefined();
    }
    // Partners learns the new area from the areas event log: retry until it knows it.
    return eventually(async () => {
      const registered = await stack.request(
        'mutation($input: RegisterPartnerInput!) { registerPartner(input: $input) { id } }',
        { input: { areaCode: '${area}', name: { fi: 'Testikumppani' }, roles: ['CULTURE_PARTNER'], sector: 'THIRD_SECTOR' } },
        { token: admin },
      );
      expect(registered.errors).toBeUndefined();
      return registered.data.registerPartner.id as string;
    }, 15_000);
  }

  it('adds Partner.${prefix} for partners of ${area}, validated and null elsewhere', async () => {
    const partnerId = await partnerOfTheArea();
    const setNote = 'mutation($id: ID!, $note: String!) { ${prefix}SetNote(partnerId: $id, note: $note) { id ${prefix} { note } } }';
    // This extension learns the partner's area from the partners event log: retry until it has.
    const saved = await eventually(async () => {
      const response = await stack.request(setNote, { id: partnerId, note: 'Hello from ${area}' }, { token: admin });
      expect(response.errors).toBeUndefined();
      return response;
    }, 15_000);
    expect(saved.data.${prefix}SetNote.${prefix}).toEqual({ note: 'Hello from ${area}' });
    // A partner of an area still in planning is not public yet: read it as the admin.
    const read = await stack.request('query($id: ID!) { partner(id: $id) { ${prefix} { note } } }', { id: partnerId }, { token: admin });
    expect(read.data.partner.${prefix}).toEqual({ note: 'Hello from ${area}' });
    const empty = await stack.request(setNote, { id: partnerId, note: ' ' }, { token: admin });
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await stack.request(setNote, { id: partnerId, note: 'x' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const listed = await stack.request('{ ${prefix}Partners { id } }');
    expect(listed.data.${prefix}Partners).toEqual([{ id: partnerId }]);
  });
});
`,
  };
}

function manifest(area: string): string {
  return `A local extension of ${area}: see kaiku-extension.json and docs/extending.md.`;
}

function versionOf(name: string): string {
  const manifestFile = join(ROOT, 'extensions', 'tampereen-seutu-sport-venues', 'package.json');
  const dependencies = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')).dependencies ?? {}) : {};
  return dependencies[name] ?? '*';
}

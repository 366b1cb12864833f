/**
 * One validated configuration per service. Each setting names its variable, its default as
 * the README's configuration table shows it, a one-line description and a zod schema for the
 * raw text. A service reads all of its settings once at start-up: the first wrong one stops it
 * with one line naming the variable and what it expects, instead of a NaN that breaks every
 * request later.
 */
import { z } from 'zod';

export { z };

export interface Setting<T> {
  /** The environment variable (a pattern such as `SUBGRAPH_<NAME>_URL` for families). */
  name: string;
  /** The default as the README table shows it ("unset" when there is none). */
  default: string;
  description: string;
  /** Parses the raw text; an empty (or blank) value arrives as undefined (unset). */
  schema: z.ZodType<T, string | undefined>;
}

export type Settings = Record<string, Setting<unknown>>;
export type ConfigOf<S extends Settings> = { [K in keyof S]: S[K] extends Setting<infer T> ? T : never };

/** A wrong setting: its message is the one line to print before exiting non-zero. */
export class ConfigError extends Error {}

export function setting<T>(name: string, schema: z.ZodType<T, string | undefined>, options: { default?: string; description: string }): Setting<T> {
  return { name, schema, default: options.default ?? 'unset', description: options.description };
}

/** Parses the environment with the settings' schemas; throws ConfigError naming the first wrong one. */
export function parseEnv<S extends Settings>(settings: S, env: NodeJS.ProcessEnv = process.env): ConfigOf<S> {
  const shape = Object.fromEntries(
    Object.values(settings).map((entry) => [entry.name, z.preprocess((raw) => (typeof raw === 'string' && raw.trim() === '' ? undefined : raw), entry.schema)]),
  );
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0]);
    throw new ConfigError(`${name} must be ${issue.message} (got "${env[name]}")`);
  }
  const parsed = result.data as Record<string, unknown>;
  return Object.fromEntries(Object.entries(settings).map(([key, entry]) => [key, parsed[entry.name]])) as ConfigOf<S>;
}

/** A whole number (`10s` or `1.5` is refused) within bounds, else the default. */
export function wholeNumber(expects: string, options: { fallback: number; min?: number; max?: number }): z.ZodType<number, string | undefined>;
export function wholeNumber(expects: string, options: { min?: number; max?: number }): z.ZodType<number | undefined, string | undefined>;
export function wholeNumber(expects: string, options: { fallback?: number; min?: number; max?: number }): z.ZodType<number | undefined, string | undefined> {
  const number = z
    .string()
    .regex(/^\s*\d+\s*$/, { error: expects })
    .transform(Number)
    .pipe(z.number().min(options.min ?? 0, { error: expects }).max(options.max ?? Number.MAX_SAFE_INTEGER, { error: expects }));
  return options.fallback === undefined ? number.optional() : number.optional().transform((value) => value ?? options.fallback!);
}

export function port(fallback: number): z.ZodType<number, string | undefined>;
export function port(): z.ZodType<number | undefined, string | undefined>;
export function port(fallback?: number): z.ZodType<number | undefined, string | undefined> {
  const expects = 'a port number (0 to 65535)';
  return fallback === undefined ? wholeNumber(expects, { min: 0, max: 65535 }) : wholeNumber(expects, { fallback, min: 0, max: 65535 });
}

/** Free text, else the default. */
export function text(fallback: string): z.ZodType<string, string | undefined>;
export function text(): z.ZodType<string | undefined, string | undefined>;
export function text(fallback?: string): z.ZodType<string | undefined, string | undefined> {
  return fallback === undefined ? z.string().optional() : z.string().optional().transform((value) => value ?? fallback);
}

/** JSON text (a key), parsed. */
export function json<T>(expects: string) {
  return z
    .string()
    .transform((raw, context) => {
      try {
        return JSON.parse(raw) as T;
      } catch {
        context.addIssue({ code: 'custom', message: expects });
        return z.NEVER;
      }
    })
    .optional();
}

/** `true` turns it on; anything else (or unset) leaves it off, as before. */
export const onWhenTrue = () => z.string().optional().transform((value) => value === 'true');
/** On unless `false`, as before. */
export const offWhenFalse = () => z.string().optional().transform((value) => value !== 'false');

/** One setting alone, for code that reads it where it is used (same checks, same message). */
export function readSetting<T>(entry: Setting<T>, env: NodeJS.ProcessEnv = process.env): T {
  return parseEnv({ value: entry }, env).value as T;
}

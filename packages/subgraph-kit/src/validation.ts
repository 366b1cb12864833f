import { validateOrReject, type ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

/** What type-graphql applies by default, plus no target or value echoed in the errors. */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false, validationError: { target: false, value: false } };

const validatable = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * type-graphql's own argument validation, with class-validator imported once: without a
 * `validateFn`, type-graphql resolves `import("class-validator")` again for every argument of
 * every request (about 2 % of the cards subgraph's CPU per use). Same rules: objects only,
 * arrays item by item, failures as ArgumentValidationError (BAD_USER_INPUT with the field).
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (!validatable(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(validatable).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

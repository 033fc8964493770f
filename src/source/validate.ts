/**
 * JSON Schema validation of the files golint-chan reads back (cache, baseline, shard reports), with
 * ajv: a file is used only when it has exactly the shape its reader expects (issue 15, F6-F8).
 */
import type { AnySchema, ValidateFunction } from 'ajv';

export type Check = (data: unknown) => string | undefined;

/**
 * A validator for `schema`, compiled on first use. It returns undefined for valid data, else the
 * first error as "key path: message".
 */
export function schemaCheck(schema: AnySchema): Check {
  let validate: ValidateFunction | undefined;
  return (data) => {
    if (!validate) {
      // Loaded on demand: most runs read none of these files.
      const AjvClass = (require('ajv') as typeof import('ajv')).default;
      validate = new AjvClass({ allErrors: false, strict: true }).compile(schema);
    }
    if (validate(data)) return undefined;
    const e = validate.errors?.[0];
    return e ? `${e.instancePath || '(top level)'}: ${e.message}` : 'invalid';
  };
}

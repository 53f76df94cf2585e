/**
 * ajv set up as docs/json-schemas.md shows it (issue 16, "JSON Schemas usable by a plain
 * validator"): the draft 2020-12 class, the default strict mode and ajv-formats. ajvSetup.test.ts
 * checks that the guide still shows these very lines and that they run in Node.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The set-up lines of the guide's first ajv example, as written there. */
export const GUIDE_SETUP_LINES = [
  "import Ajv2020 from 'ajv/dist/2020.js';",
  "import addFormats from 'ajv-formats';",
  'const ajv = new Ajv2020({ allErrors: true });',
  'addFormats(ajv);',
] as const;

/** A validator made by the guide's set-up (`allErrors: false` for ajv's first-error mode). */
export function guideAjv({ allErrors = true }: { readonly allErrors?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors });
  addFormats(ajv);
  return ajv;
}

/**
 * The main example: run it with `npm run demo`. It imports the built package by its own name,
 * exactly as an application that installed erasmus-kit from npm would.
 */
import { InputError, isErasmusKitError, parseIsoDate, safeParseIsoDate } from 'erasmus-kit';

console.log('erasmus-kit demo\n');

console.log('Strict ISO dates:');
console.log(`  parseIsoDate('2024-02-29') → ${parseIsoDate('2024-02-29')}`);
const bad = safeParseIsoDate('2023-02-30');
if (!bad.success) {
  console.log(`  safeParseIsoDate('2023-02-30') → ${bad.error.code}`);
  console.log(`    ${bad.error.message.replaceAll('\n', '\n    ')}`);
}

try {
  parseIsoDate('2023-01-05T10:00:00Z');
} catch (error) {
  console.log(
    `  parseIsoDate('2023-01-05T10:00:00Z') throws InputError: ${error instanceof InputError}, ` +
      `isErasmusKitError: ${isErasmusKitError(error)}`,
  );
}

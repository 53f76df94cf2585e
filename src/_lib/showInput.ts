/** The longest rendering of an input in an error message, in characters. */
const MAX_LENGTH = 80;

/**
 * An input as it should appear in an error message: its JSON when it has one (`"XX"`, `2019`,
 * `{"a":1}`), something readable otherwise (`1n`, `undefined`, `[object with a cycle]`), cut to
 * 80 characters. Never throws, whatever the input (BigInt, cycles, throwing getters or proxies,
 * very long strings): `JSON.stringify` alone does on several of them.
 */
export function showInput(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'bigint'
        ? `${value}n`
        : (JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ??
          String(value));
  } catch {
    // Only objects make JSON.stringify throw (a cycle, a throwing getter or proxy trap).
    text = '[object that is not JSON]';
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/**
 * What was received, in words, for a message that names the expected type: `the string "2024"`,
 * `the number 5`, `null`, `undefined`, `an array`, `an object`, `the boolean true`.
 */
export function showReceived(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  if (type === 'object' || type === 'function') return `an ${type}`;
  return `the ${type === 'bigint' ? 'BigInt' : type} ${showInput(value)}`;
}

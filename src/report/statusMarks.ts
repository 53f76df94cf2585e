/**
 * Status colours and marks for the charts: each status has a shape of its own (tick, cross,
 * question mark, dash, empty ring), so the charts do not rely on colour alone. Private.
 */
import type { YearStatus } from '../indicators/evaluationTypes.js';

/** The year statuses, in the order legends, counts and tables give them. */
export const YEAR_STATUSES: readonly YearStatus[] = [
  'met',
  'not-met',
  'inconclusive',
  'no-data',
  'not-due',
];

/** Colours of the year statuses (each at least 4.5:1 against white). */
export const STATUS_COLOURS: Readonly<Record<YearStatus, string>> = {
  met: '#1a7f37',
  'not-met': '#b42318',
  inconclusive: '#935f00',
  'no-data': '#525a66',
  'not-due': '#6b7280',
};

/** Formats a coordinate with at most one decimal, deterministically. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The SVG of a status mark centred on (x, y), radius 8. */
export function statusMark(status: YearStatus, x: number, y: number): string {
  const c = STATUS_COLOURS[status];
  const at = (dx: number, dy: number) => `${n(x + dx)} ${n(y + dy)}`;
  switch (status) {
    case 'met':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="8" fill="${c}"/><path d="M${at(-4, 0)} L${at(-1, 3.5)} L${at(4.5, -3.5)}" fill="none" stroke="#fff" stroke-width="2"/>`;
    case 'not-met':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="8" fill="${c}"/><path d="M${at(-3.5, -3.5)} L${at(3.5, 3.5)} M${at(3.5, -3.5)} L${at(-3.5, 3.5)}" fill="none" stroke="#fff" stroke-width="2"/>`;
    case 'inconclusive':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="8" fill="${c}"/><text x="${n(x)}" y="${n(y + 4)}" text-anchor="middle" font-size="12" font-weight="bold" fill="#fff">?</text>`;
    case 'no-data':
      return `<circle cx="${n(x)}" cy="${n(y)}" r="7" fill="#fff" stroke="${c}" stroke-width="2"/><path d="M${at(-3.5, 0)} L${at(3.5, 0)}" stroke="${c}" stroke-width="2"/>`;
    default:
      return `<circle cx="${n(x)}" cy="${n(y)}" r="7" fill="#fff" stroke="${c}" stroke-width="2" stroke-dasharray="2 2"/>`;
  }
}

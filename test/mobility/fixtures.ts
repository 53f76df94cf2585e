/** Shared mobility fixtures for the mobility tests. */
import type { MobilityInput } from '../../src/mobility/MobilityInputSchema.js';

/** A long-term study mobility DE → ES, call 2023, P1's dates. */
export const longTermStudy = {
  action: 'KA131-HED',
  callYear: 2023,
  activity: 'student-studies',
  format: 'long-term',
  sendingCountry: 'DE',
  receivingCountry: 'ES',
  startDate: '2023-01-01',
  endDate: '2023-04-15',
} as const satisfies MobilityInput;

/** A staff teaching mobility DE → ES, call 2023, 5 days. */
export const staffTeaching = {
  action: 'KA131-HED',
  callYear: 2023,
  activity: 'staff-teaching',
  sendingCountry: 'DE',
  receivingCountry: 'ES',
  startDate: '2023-05-08',
  endDate: '2023-05-12',
} as const satisfies MobilityInput;

/** A blended short-term study mobility DE → IT, call 2023, 5 days. */
export const blendedShortTerm = {
  action: 'KA131-HED',
  callYear: 2023,
  activity: 'student-studies',
  format: 'short-term',
  blended: true,
  sendingCountry: 'DE',
  receivingCountry: 'IT',
  startDate: '2023-05-02',
  endDate: '2023-05-06',
} as const satisfies MobilityInput;

/** A school group mobility HR → FI, call 2023, 5 days. */
export const schoolGroup = {
  action: 'KA122-SCH',
  callYear: 2023,
  activity: 'group-mobility',
  sendingCountry: 'HR',
  receivingCountry: 'FI',
  startDate: '2023-03-06',
  endDate: '2023-03-10',
} as const satisfies MobilityInput;

/** A VET long-term learner mobility (ErasmusPro) RS → AT, call 2023, 90 days. */
export const erasmusPro = {
  action: 'KA121-VET',
  callYear: 2023,
  activity: 'learner-long-term',
  sendingCountry: 'RS',
  receivingCountry: 'AT',
  startDate: '2023-09-01',
  endDate: '2023-11-29',
} as const satisfies MobilityInput;

/** Every fixture, for tests that run over many mobilities. */
export const allFixtures: readonly MobilityInput[] = [
  longTermStudy,
  staffTeaching,
  blendedShortTerm,
  schoolGroup,
  erasmusPro,
];

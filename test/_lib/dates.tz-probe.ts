// Run by dates.test.ts in a child process under a given TZ; prints its results as JSON.
// The dates are the days a zone skipped (Pacific/Apia 2011-12-30, Pacific/Kiritimati 1994-12-31,
// both whole days) or whose midnight it skipped (America/Sao_Paulo 2018-11-04, Asia/Tehran
// 2022-03-22), and a daylight-saving change that keeps midnight (Europe/London 2023-03-26).
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isExists } from 'date-fns/isExists';
import { addDays, addMonths, daysInclusive, daysInMonth } from '../../src/_lib/calendar.js';
import { safeParseIsoDate } from '../../src/_lib/dates.js';
import {
  days30360,
  days30360EveryMonth30,
  isLastDayOfFebruary,
} from '../../src/mobility/countDays.js';

const results = {
  valid: ['2011-12-30', '1994-12-31', '2018-11-04', '2022-03-22', '2024-02-29', '2023-02-29'].map(
    (date) => safeParseIsoDate(date).success,
  ),
  days: [
    daysInclusive('2011-12-29', '2011-12-31'),
    daysInclusive('1994-12-30', '1995-01-01'),
    daysInclusive('2018-11-03', '2018-11-05'),
    daysInclusive('2022-03-21', '2022-03-23'),
    daysInclusive('2023-03-25', '2023-03-27'),
    daysInclusive('2023-10-28', '2023-11-06'),
  ],
  addDays: [
    addDays('2011-12-29', 1),
    addDays('1994-12-30', 1),
    addDays('2018-11-03', 1),
    addDays('2022-03-23', -1),
    addDays('2023-12-31', 1),
  ],
  addMonths: [
    addMonths('2011-11-30', 1),
    addMonths('1994-10-31', 2),
    addMonths('2018-10-04', 1),
    addMonths('2024-01-31', 1),
  ],
  daysInMonth: [daysInMonth(2011, 12), daysInMonth(1994, 12), daysInMonth(2024, 2)],
  days30360: [
    days30360('1994-12-01', '1994-12-31'),
    days30360EveryMonth30('2024-01-01', '2024-02-29'),
  ],
  lastDayOfFebruary: [isLastDayOfFebruary('2024-02-29'), isLastDayOfFebruary('2024-02-28')],
};

// What date-fns gives on plain Dates (the host's zone): shows that the probe meets a skipped day.
const localTime = {
  exists20111230: isExists(2011, 11, 30),
  exists19941231: isExists(1994, 11, 31),
  daysInDecember1994: getDaysInMonth(new Date(1994, 11, 15, 12)),
};

console.log(
  JSON.stringify({
    offsets: [new Date(2024, 0, 1).getTimezoneOffset(), new Date(2024, 6, 1).getTimezoneOffset()],
    results,
    localTime,
  }),
);

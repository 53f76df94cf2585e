// Run by dates.test.ts in a child process under a given TZ; prints its results as JSON.
import { addDays, daysInclusive, parseIsoDate, toDayNumber } from '../../src/_lib/dates.js';

const results = {
  days: daysInclusive('2023-03-25', '2023-03-27'),
  dst: daysInclusive('2023-10-28', '2023-11-06'),
  dayNumber: toDayNumber('2024-02-29'),
  next: addDays('2023-12-31', 1),
  parsed: parseIsoDate('2024-03-31'),
};
console.log(JSON.stringify({ offset: new Date(2024, 0, 1).getTimezoneOffset(), results }));

/**
 * The National Agencies with fixed national sheets, by code.
 *
 * @module
 */
import type { AgencyData } from '../types.js';
import { AT01 } from './AT01.js';
import { CZ01 } from './CZ01.js';
import { DE01 } from './DE01.js';
import { ES01 } from './ES01.js';
import { FI01 } from './FI01.js';
import { HR01 } from './HR01.js';
import { HU01 } from './HU01.js';
import { IT02 } from './IT02.js';
import { LT01 } from './LT01.js';
import { PL01 } from './PL01.js';
import { PT01 } from './PT01.js';
import { SE01 } from './SE01.js';
import { SI01 } from './SI01.js';
import { SK01 } from './SK01.js';
import { TR01 } from './TR01.js';

/**
 * Every agency with a fixed national sheet, in order of code: built at each call (each agency's
 * data is a function, so that importing builds none of it).
 */
export const agencies = (): readonly AgencyData[] => [
  AT01(),
  CZ01(),
  DE01(),
  ES01(),
  FI01(),
  HR01(),
  HU01(),
  IT02(),
  LT01(),
  PL01(),
  PT01(),
  SE01(),
  SI01(),
  SK01(),
  TR01(),
];

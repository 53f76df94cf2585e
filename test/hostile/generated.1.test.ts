import { generatedSuite } from './generatedSuite.js';

generatedSuite(0);

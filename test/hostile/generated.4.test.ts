import { generatedSuite } from './generatedSuite.js';

generatedSuite(3);

/**
 * The calculator page of the documentation site (docs/calculator.md): fills the two panels the
 * page holds. Bundled with the library and its dependencies into the site's assets by
 * scripts/typedoc-calculator.mjs, so it works from the built files alone.
 */
import { mountMobilityPanel } from './mobilityPanel.js';
import { mountSatisfactionPanel } from './satisfactionPanel.js';

const mobility = document.getElementById('erasmus-kit-calculator');
if (mobility !== null) mountMobilityPanel(mobility);
const satisfaction = document.getElementById('erasmus-kit-satisfaction');
if (satisfaction !== null) mountSatisfactionPanel(satisfaction);

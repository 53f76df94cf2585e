/**
 * The fixed layout of an indicator chart: its size, margins and inks (private to the report).
 *
 * @module
 */

/** The chart's width. */
export const WIDTH = 640;
/** The left margin (room for the y-axis ticks and title). */
export const LEFT = 64;
/** The right margin. */
export const RIGHT = 20;
/** The top of the plot (room for the chart's title). */
export const TOP = 44;
/** The height of the plot. */
export const PLOT_HEIGHT = 170;
/** The bottom of the plot: the x axis. */
export const BOTTOM = TOP + PLOT_HEIGHT;
/** The colour of text and axes. */
export const INK = '#1f2937';
/** The colour of targets. */
export const TARGET = '#111827';

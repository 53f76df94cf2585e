/**
 * Private: the one index of each rule pack, made on the pack's first use (packs are frozen and
 * few, so it never goes stale). It holds what is a property of the pack, not of a mobility: the
 * frozen {@link FigureUsed} record of every figure, which results report as it is (equal results
 * share it rather than each making its own), and the tables other modules derive from the pack
 * (the grant engine's rates and bands, eligibility's `provisional-rule` warnings), each made once
 * by its module's builder.
 *
 * @module
 */
import { type FigureUsed, usedFigure } from '../_lib/provenance.js';
import { collectFigures } from './collectFigures.js';
import type { RulePack } from './types.js';

/** Every figure's record, by path (a range figure is used, and reported, at its reference). */
export type FigureRecords = ReadonlyMap<string, FigureUsed>;

/** What a module derives from a pack: a function of the pack alone (it is run once per pack). */
export type PackTable<T> = (pack: RulePack) => T;

/** The records again, nested as the pack's figures are (`durations` → action → activity → …). */
type RecordTree = ReadonlyMap<string, RecordTree | FigureUsed>;

interface Index {
  readonly records: FigureRecords;
  readonly tree: RecordTree;
  /** The derived tables, by the builder that made them. */
  readonly tables: Map<PackTable<unknown>, unknown>;
}

function buildIndex(pack: RulePack): Index {
  const records = new Map<string, FigureUsed>();
  const tree = new Map<string, RecordTree | FigureUsed>();
  for (const { path, figure } of collectFigures(pack)) {
    const { value } = figure;
    const range = typeof value === 'object' && value !== null && 'reference' in value;
    const used = usedFigure(path, figure, range ? value.reference : value);
    records.set(path, used);
    const keys = path.split('.');
    const last = keys.pop() as string;
    let node = tree;
    for (const key of keys) {
      let child = node.get(key);
      if (!(child instanceof Map)) {
        child = new Map();
        node.set(key, child);
      }
      node = child as Map<string, RecordTree | FigureUsed>;
    }
    node.set(last, used);
  }
  return { records, tree, tables: new Map() };
}

/** One index per pack. */
const indexes = new WeakMap<RulePack, Index>();

function indexOf(pack: RulePack): Index {
  let index = indexes.get(pack);
  if (index === undefined) {
    index = buildIndex(pack);
    indexes.set(pack, index);
  }
  return index;
}

/** The records of a pack's figures, by path. */
export function figureRecords(pack: RulePack): FigureRecords {
  return indexOf(pack).records;
}

/** The record of the figure at `path` of a pack (an internal error if the pack has none). */
export function figureRecord(pack: RulePack, path: string): FigureUsed {
  const used = indexOf(pack).records.get(path);
  if (used === undefined) throw new Error(`No figure at ${path} in the call-${pack.callYear} pack`);
  return used;
}

/**
 * The record of the figure under the keys of its path (`'durations', 'KA131-HED', …`), found
 * without writing the dotted path (for the lookups made per mobility); an internal error if the
 * pack has none.
 */
export function figureRecordAt(pack: RulePack, ...keys: string[]): FigureUsed {
  let node: RecordTree | FigureUsed | undefined = indexOf(pack).tree;
  for (let i = 0; i < keys.length && node instanceof Map; i++) {
    node = node.get(keys[i] as string);
  }
  if (node === undefined || node instanceof Map) {
    throw new Error(`No figure at ${keys.join('.')} in the call-${pack.callYear} pack`);
  }
  return node as FigureUsed;
}

/** The table `build` derives from a pack, made on its first use for that pack. */
export function packTable<T>(pack: RulePack, build: PackTable<T>): T {
  const { tables } = indexOf(pack);
  let table = tables.get(build) as T | undefined;
  if (table === undefined) {
    table = build(pack);
    tables.set(build, table);
  }
  return table;
}

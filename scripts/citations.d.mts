/** One forbidden citation pattern and the name a failure report shows. */
export interface CitationPattern {
  readonly name: string;
  readonly pattern: RegExp;
}
/** A built output that `npm run docs` checks. */
export interface BuiltPart {
  /** Relative to the package root. */
  readonly path: string;
  /** The extensions of the files scanned in it. */
  readonly extensions: readonly string[];
  /** The command that makes it. */
  readonly builtBy: string;
}
/** What is forbidden: research-note names, "domain notes", DESIGN, shared/, machine paths. */
export declare const CITATION_PATTERNS: readonly CitationPattern[];
/** The forbidden citations in a text, every match, line by line. */
export declare function findCitations(
  text: string,
): { line: number; pattern: string; match: string }[];
/** The files under `path` with one of `extensions`, relative to `root`, sorted. */
export declare function listFiles(
  root: string,
  path: string,
  extensions: readonly string[],
): string[];
/** Scans files (relative to root); one `file:line: pattern: match` per hit. */
export declare function scanFiles(root: string, files: readonly string[]): string[];
/** The text files of a build that are scanned. */
export declare const BUILT_EXTENSIONS: readonly string[];
/** The built outputs `npm run docs` checks: dist/ and docs/api/. */
export declare const BUILT_PARTS: readonly BuiltPart[];

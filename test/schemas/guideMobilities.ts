/**
 * The mobilities of the guides (issue 16, acceptance: "validates the mobility examples of the
 * guides"): every object literal with an `action` and an `activity` in a ```ts block of
 * README.md or docs/*.md that calls calculateGrant(s) or checkEligibility.
 */
import ts from 'typescript';
import { guideExamples } from '../docs/extractExamples.js';

/** A mobility of a guide and where it is (`file:line` of its block). */
export interface GuideMobility {
  readonly where: string;
  readonly mobility: unknown;
}

const hasKey = (node: ts.ObjectLiteralExpression, key: string, file: ts.SourceFile) =>
  node.properties.some((p) => ts.isPropertyAssignment(p) && p.name.getText(file) === key);

export function guideMobilities(): GuideMobility[] {
  return guideExamples()
    .filter((example) => /\b(calculateGrants?|checkEligibility)\(/.test(example.code))
    .flatMap(({ where, code }) => {
      const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
      const found: GuideMobility[] = [];
      const visit = (node: ts.Node): void => {
        if (
          ts.isObjectLiteralExpression(node) &&
          hasKey(node, 'action', file) &&
          hasKey(node, 'activity', file)
        ) {
          // A plain literal (strings, numbers, nested objects): JavaScript evaluates it as is.
          found.push({ where, mobility: new Function(`return (${node.getText(file)});`)() });
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      return found;
    });
}

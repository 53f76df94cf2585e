/**
 * TypeDoc plugin (typedoc.json `plugin`): resolves a `{@link Name}` that TypeDoc cannot resolve
 * in its own scope to the one export of that name in another module. The site has one module per
 * entry point (erasmus-kit/mobility, erasmus-kit/errors, ...), while TSDoc is written for the
 * package as a whole: `{@link InputError}` in the mobility module names the export of the errors
 * module. A name exported by no module, or by several, is left unresolved (TypeDoc then warns).
 */

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.addUnknownSymbolResolver((ref, owner, part) => {
    // Only links written in comments (not types), with a plain name path (`Name`, `Name.member`).
    if (part === undefined || ref.moduleSource !== undefined || ref.resolutionStart !== 'local') {
      return undefined;
    }
    const [name, ...rest] = (ref.symbolReference?.path ?? []).map((component) => component.path);
    if (name === undefined) return undefined;
    const exports = (owner.project.children ?? [])
      .flatMap((module) => module.children ?? [])
      .filter((child) => child.name === name);
    if (exports.length !== 1) return undefined;
    const target = rest.length === 0 ? exports[0] : exports[0].getChildByName(rest);
    return target === undefined ? undefined : { target };
  });
}

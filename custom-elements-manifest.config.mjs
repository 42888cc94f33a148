// `npm run build:widget` writes custom-elements.json at the package root (it ships in the npm package, named by
// package.json's `customElements`): tags, attributes, properties, events, CSS parts and custom properties of the
// widget's components, read from their JSDoc (@attr @fires @csspart @cssproperty). Two steps on top of the analyzer:
// - types are resolved with the TypeScript checker, so a property typed `ApplicantKind` reads
//   `"enterprise" | "institution" | "fund"` (an editor or a framework wrapper outside this repository can't look
//   our aliases up); private members (`_x`, `private`) are left out;
// - every component lives in the one file a page loads, dist/widget/ezone-subsidy-calculator.js (vite.config.ts), so
//   the manifest has that one module, not our .ts sources.
import ts from 'typescript';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const SHIPPED = 'dist/widget/ezone-subsidy-calculator.js';
const COMPONENTS = [
  'widget/calculator/calculator.component.ts',
  'widget/result-cards/result-cards.component.ts',
  'widget/batch-panel/batch-panel.component.ts',
];
const ENTRIES = [
  'widget/calculator/calculator.ts',
  'widget/result-cards/result-cards.ts',
  'widget/batch-panel/batch-panel.ts',
];

/** The TypeScript checker over the components, made once. */
let checker;
function program() {
  if (checker) return checker;
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const prog = ts.createProgram(
    COMPONENTS.map((f) => path.join(root, f)),
    { ...config.options, noEmit: true },
  );
  checker = { prog, check: prog.getTypeChecker() };
  return checker;
}

/** The member's type written out, aliases of unions and literals resolved ("ApplicantKind" → its union). */
function resolvedType(file, className, memberName) {
  const { prog, check } = program();
  const source = prog.getSourceFile(path.join(root, file));
  if (!source) return undefined;
  let found;
  const visit = (node) => {
    if (found) return;
    if (ts.isClassDeclaration(node) && node.name?.text === className) {
      for (const m of node.members) {
        if (
          m.name &&
          ts.isIdentifier(m.name) &&
          m.name.text === memberName &&
          (ts.isPropertyDeclaration(m) || ts.isGetAccessor(m) || ts.isSetAccessor(m))
        ) {
          found = m;
          return;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) return undefined;
  const type = check.getTypeAtLocation(found);
  const flags =
    ts.TypeFormatFlags.NoTruncation |
    ts.TypeFormatFlags.InTypeAlias |
    ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
  // Expand a union/literal alias; keep named object types (Scenario, SubsidyResult) by name, as their docs are in docs/.
  const isLiteralish = (t) =>
    t.isUnion()
      ? t.types.every(
          (u) =>
            isLiteralish(u) ||
            u.flags &
              (ts.TypeFlags.Undefined |
                ts.TypeFlags.Null |
                ts.TypeFlags.String |
                ts.TypeFlags.Number |
                ts.TypeFlags.Boolean |
                ts.TypeFlags.BooleanLiteral),
        )
      : !!(t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral));
  if (!isLiteralish(type)) return undefined;
  return check.typeToString(type, found, flags);
}

/** The names widget/index.ts (the shipped file's source) exports, values only. */
function entryExports() {
  const prog = ts.createProgram([path.join(root, 'widget/index.ts')], {
    ...program().prog.getCompilerOptions(),
    noEmit: true,
  });
  const check = prog.getTypeChecker();
  const file = prog.getSourceFile(path.join(root, 'widget/index.ts'));
  const symbol = file && check.getSymbolAtLocation(file);
  const values = (symbol ? check.getExportsOfModule(symbol) : []).filter((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? check.getAliasedSymbol(s) : s;
    return target.flags & ts.SymbolFlags.Value;
  });
  return new Set(values.map((s) => s.name));
}

function resolveTypesPlugin() {
  return {
    name: 'ezone-resolve-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          decl.members = (decl.members ?? []).filter(
            (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'),
          );
          // Lit's internal reactive state (`_x: { state: true }`) is no attribute.
          if (decl.attributes)
            decl.attributes = decl.attributes.filter((a) => !a.name.startsWith('_') && !a.fieldName?.startsWith('_'));
          for (const m of [...decl.members, ...(decl.attributes ?? [])]) {
            if (!m.type?.text) continue;
            const name = m.fieldName ?? m.name;
            const text = resolvedType(mod.path, decl.name, name);
            if (text && text !== m.type.text) m.type = { text };
          }
        }
      }
    },
  };
}

/** One module, the shipped file, holding every component and the tag definitions. */
function shippedModulePlugin() {
  return {
    name: 'ezone-shipped-module',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = [];
      const exports = [];
      for (const mod of customElementsManifest.modules) {
        declarations.push(...(mod.declarations ?? []).filter((d) => d.customElement || d.kind === 'class'));
        for (const e of mod.exports ?? []) {
          if (e.declaration?.module) e.declaration = { ...e.declaration, module: SHIPPED };
          if (!exports.some((x) => x.kind === e.kind && x.name === e.name)) exports.push(e);
        }
      }
      // The file's JS exports are widget/index.ts's; the tags it defines are all three (the batch panel's at idle).
      const shippedNames = entryExports();
      const kept = exports.filter((e) => e.kind === 'custom-element-definition' || shippedNames.has(e.name));
      exports.splice(0, exports.length, ...kept);
      const names = new Set(declarations.map((d) => d.name));
      for (const d of declarations) {
        if (d.superclass?.module && names.has(d.superclass.name)) d.superclass.module = SHIPPED;
        for (const m of d.members ?? []) if (m.inheritedFrom?.module) m.inheritedFrom.module = SHIPPED;
      }
      customElementsManifest.modules = [{ kind: 'javascript-module', path: SHIPPED, declarations, exports }];
    },
  };
}

export default {
  globs: [...COMPONENTS, ...ENTRIES],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [resolveTypesPlugin(), shippedModulePlugin()],
};

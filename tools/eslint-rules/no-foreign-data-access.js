'use strict';
/**
 * lr/no-foreign-data-access: a domain module (libs/server/<module>/src/**) reads another module
 * only through that module's public entry (`@lr/server-<other>`, its index.ts) and the read
 * functions it exports, never through its tables. Reported:
 *
 * 1. another module's class handed to a data-access call (`ctx.repo(X)`, `getRepository(X)`,
 *    `manager.find*(X, …)`, `createQueryBuilder(X, …)`, query-builder joins, `loadOne(ctx, X, …)`…);
 * 2. SQL text naming another module's table after FROM / JOIN / INTO / UPDATE (DELETE FROM too);
 * 3. an import from another module's non-public path (`@lr/server-<other>/…`, `../../<other>/…`).
 *
 * `@lr/server-core` is the module kit every module builds on, not a module whose tables are
 * private, so its classes and tables are not reported. Table names come from the other modules'
 * `@Entity('<table>')` decorators, read once per workspace when the rule first runs.
 */
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');

/** `<workspace>/libs/server/<module>/src/…` → workspace root and module folder. */
const MODULE_FILE = /^(.*)[\\/]libs[\\/]server[\\/]([^\\/]+)[\\/]src[\\/]/;
/** `@lr/server-<module>` with an optional deep path. */
const MODULE_ALIAS = /^@lr\/server-([^/]+)(\/.*)?$/;
const KIT = 'core';

/** Calls whose first argument is the entity class they read or write. */
// Joins are allowed: a module's public entry exports the few entity types others may join on
// (to search or sort by a person's name); reading them on their own is not.
const ENTITY_FIRST = /^(repo|getRepository|createQueryBuilder|(find|count|exists)\w*|from)$/;
/** The kit's readers that take the request context first and the entity class second. */
const ENTITY_SECOND = new Set(['loadOne', 'loadMany', 'findOrFail', 'loadForUpdate', 'lockRow']);

/**
 * A table named after a clause keyword. FROM also covers DELETE FROM. Lower-case keywords count
 * only in text that starts as an SQL statement, so prose such as "feedback from route" in a
 * description is not taken for SQL.
 */
const SQL_TABLE = /\b(from|join|into|update)\s+(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?/gi;
const SQL_STATEMENT = /^\s*\(?\s*(select|insert|update|delete|with|exists|not\s+exists)\b/i;

const snake = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function typeScriptFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return typeScriptFiles(file);
    return name.endsWith('.ts') ? [file] : [];
  });
}

const tablesByWorkspace = new Map();

/** Table name → owning module, for every module of the workspace but the kit. */
function tablesOf(root) {
  let tables = tablesByWorkspace.get(root);
  if (tables) return tables;
  tables = new Map();
  const serverDir = path.join(root, 'libs', 'server');
  const modules = existsSync(serverDir) ? readdirSync(serverDir).filter((m) => m !== KIT) : [];
  for (const module of modules) {
    for (const file of typeScriptFiles(path.join(serverDir, module, 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/@Entity\(\s*['"`]([\w.]+)['"`]/g)) tables.set(m[1].replace(/^public\./, ''), module);
      // An unnamed @Entity() takes the class name, in snake_case (SnakeNamingStrategy).
      for (const m of source.matchAll(/@Entity\(\s*\)[\s\S]*?\bclass\s+(\w+)/g)) tables.set(snake(m[1]), module);
    }
  }
  tablesByWorkspace.set(root, tables);
  return tables;
}

/** The module a relative import lands in, when it leaves `from` for another folder of libs/server. */
function moduleOfRelativeImport(root, fileName, source) {
  const target = path.relative(path.join(root, 'libs', 'server'), path.resolve(path.dirname(fileName), source));
  const [first] = target.split(path.sep);
  return first && first !== '..' && !path.isAbsolute(target) ? first : null;
}

function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return null;
}

/** `X`, `X as any`, `X!` → X. */
function unwrap(node) {
  while (node && ['TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion'].includes(node.type)) node = node.expression;
  return node;
}

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: { description: "Read other domain modules through their public API and read functions, never through their tables" },
    schema: [],
    messages: {
      foreignEntity:
        '{{name}} belongs to the {{module}} module: {{call}}() reads its table. Use the read functions the {{module}} module exports from its index.ts (@lr/server-{{module}}); ask its owners for one if it is missing.',
      foreignTable:
        'This SQL reads the {{module}} module\'s table "{{table}}". Use the read functions the {{module}} module exports from its index.ts (@lr/server-{{module}}) instead.',
      privatePath:
        "'{{source}}' reaches inside the {{module}} module. Import from '@lr/server-{{module}}' only, and use the read functions the {{module}} module exports from its index.ts.",
    },
  },

  create(context) {
    const fileName = context.filename;
    const match = MODULE_FILE.exec(fileName);
    if (!match || match[2] === KIT) return {};
    const [, root, ownModule] = match;
    const isForeign = (module) => module !== ownModule && module !== KIT;

    /** Local name → module, for value imports from other modules. */
    const importedFrom = new Map();
    /** Namespace import name → module (`import * as practices from …`). */
    const namespaceFrom = new Map();

    function moduleOfSource(source) {
      const alias = MODULE_ALIAS.exec(source);
      if (alias) return { module: alias[1], deep: !!alias[2] };
      if (source.startsWith('.')) {
        const module = moduleOfRelativeImport(root, fileName, source);
        return module && module !== ownModule ? { module, deep: true } : null;
      }
      return null;
    }

    function checkSource(node) {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return null;
      const found = moduleOfSource(source.value);
      if (!found || found.module === ownModule) return null;
      // Deep paths into the kit (`@lr/server-core/testing`) are published entries of their own.
      const kitEntry = found.module === KIT && !source.value.startsWith('.');
      if (found.deep && !kitEntry) context.report({ node: source, messageId: 'privatePath', data: { source: source.value, module: found.module } });
      return found.module;
    }

    /** The foreign module a value passed to a data-access call comes from, if any. */
    function foreignModuleOf(argument) {
      const node = unwrap(argument);
      if (node?.type === 'Identifier') return importedFrom.get(node.name);
      if (node?.type === 'MemberExpression' && node.object.type === 'Identifier') return namespaceFrom.get(node.object.name);
      return undefined;
    }

    function checkSql(node, text) {
      const tables = tablesOf(root);
      const statement = SQL_STATEMENT.test(text);
      const reported = new Set();
      for (const [, keyword, table] of text.matchAll(SQL_TABLE)) {
        const module = tables.get(table);
        if (!module || !isForeign(module) || reported.has(table)) continue;
        if (keyword !== keyword.toUpperCase() && !statement) continue;
        reported.add(table);
        context.report({ node, messageId: 'foreignTable', data: { module, table } });
      }
    }

    return {
      ImportDeclaration(node) {
        const module = checkSource(node);
        if (!module || !isForeign(module) || node.importKind === 'type') return;
        for (const specifier of node.specifiers) {
          if (specifier.importKind === 'type') continue;
          if (specifier.type === 'ImportNamespaceSpecifier') namespaceFrom.set(specifier.local.name, module);
          else importedFrom.set(specifier.local.name, module);
        }
      },
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: checkSource,

      CallExpression(node) {
        const name = calleeName(node.callee);
        if (!name) return;
        const argument = ENTITY_SECOND.has(name) ? node.arguments[1] : ENTITY_FIRST.test(name) ? node.arguments[0] : undefined;
        const module = argument && foreignModuleOf(argument);
        if (!module) return;
        const entity = unwrap(argument);
        const entityName = entity.type === 'Identifier' ? entity.name : context.sourceCode.getText(entity);
        context.report({ node: argument, messageId: 'foreignEntity', data: { name: entityName, module, call: name } });
      },

      Literal(node) {
        if (typeof node.value === 'string' && node.parent?.type !== 'ImportDeclaration') checkSql(node, node.value);
      },
      TemplateLiteral(node) {
        checkSql(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? '));
      },
    };
  },
};

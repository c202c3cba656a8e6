import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Every message of the portal, in every language, as i18next-icu will read it: each parses as
 * ICU MessageFormat (a broken one shows raw to the user, and only a console line says why),
 * every language has the same keys, and a translation uses only arguments the English message
 * is given (a `{count}` written `{nombre}` would show empty). The catalogues are found on disk, so a new section is checked without
 * being listed here.
 */
const ROOT = join(__dirname, '..', '..');
const LANGUAGES = ['en', 'fr', 'es'] as const;

const catalogueFolders = [
  ...readdirSync(join(ROOT, 'apps'))
    .filter((name) => name.startsWith('portal-'))
    .map((name) => join(ROOT, 'apps', name, 'src', 'i18n'))
    .filter((folder) => existsSync(join(folder, 'en.ts'))),
  join(ROOT, 'libs', 'portal', 'i18n', 'src', 'common'),
];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

/** The argument names a parsed message uses, nested plural and select branches included. */
function argumentsOf(elements: unknown[], names = new Set<string>()): Set<string> {
  for (const element of elements as { value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
    // Literals carry their text in `value` too; arguments are the elements that also have a type above 0.
    if (typeof element.value === 'string' && (element as { type: number }).type !== 0) names.add(element.value);
    for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, names);
    if (element.children) argumentsOf(element.children, names);
  }
  return names;
}

function load(folder: string, language: (typeof LANGUAGES)[number]): Map<string, string> {
  return flatten(require(join(folder, `${language}.ts`))[language] as Tree);
}

describe.each(catalogueFolders.map((folder) => [folder.slice(ROOT.length + 1), folder]))('portal messages of %s', (_name, folder) => {
  const english = load(folder, 'en');

  it.each(LANGUAGES)('parse as ICU MessageFormat in %s, with the English keys and arguments', (language) => {
    const messages = load(folder, language);
    const problems: string[] = [];
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, message] of messages) {
      let names: Set<string>;
      try {
        names = argumentsOf(new IntlMessageFormat(message, language).getAst());
      } catch (error) {
        problems.push(`${key}: does not parse (${(error as Error).message})`);
        continue;
      }
      // A translation may leave an argument out, but may only use what the English is given;
      // `count` is given to every plural call (i18next's convention), so a language whose
      // grammar agrees in number where English does not ("formé/formés") may use it.
      const given = argumentsOf(new IntlMessageFormat(english.get(key) ?? '', 'en').getAst());
      const unknown = [...names].filter((name) => !given.has(name) && name !== 'count').sort();
      if (unknown.length) problems.push(`${key}: uses {${unknown.join(', ')}}, which the English is not given ({${[...given].sort().join(', ')}})`);
    }
    expect(problems).toEqual([]);
  });
});

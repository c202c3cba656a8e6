const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The form value an API field path (without `input.`) points at, by walking the form's values:
 * `endDate` → `endDate`, `title.en` → `title.en`, and `thematicAreaIds.1` → `thematicAreaIds`
 * (a list is one control, so its items' messages go to the list). Undefined when the form has
 * no value of that name.
 */
export function formFieldFor(apiPath: string, values: object): string | undefined {
  const found: string[] = [];
  let node: unknown = values;
  for (const segment of apiPath.split('.')) {
    if (!isPlainObject(node) || !(segment in node)) break;
    found.push(segment);
    node = node[segment];
  }
  return found.length ? found.join('.') : undefined;
}

import type { FieldProblem } from '../errors';
import type { SettingField } from './setting-fields';

/**
 * A value admins may change at run time, declared by the module that uses it (its descriptor's
 * `settings`). The module reads it with `readSetting`; admins list and change it through the
 * kit's `platformSettings` / `updatePlatformSetting`, validated field by field with the same
 * bounds the module's own inputs use, then by `check` for rules across fields.
 *
 * A setting is a default for records made later (a route's composition targets, its action
 * fund): modules copy it onto a record when the record is created, so changing it never
 * silently changes what already exists.
 */
export interface SettingDefinition<V extends Record<string, unknown> = Record<string, unknown>> {
  /** `<module>.<name>`, stable: stored with the value. */
  key: string;
  /** The module whose setting it is (the admin page groups by it). */
  module: string;
  /** What it is for, in English (the portal words it from the key). */
  description: string;
  fields: { [K in keyof V]: SettingField };
  /** The value until an admin changes it: the seeds' numbers. */
  defaults: V;
  /** Rules across fields (min not above max), with paths under `value`. */
  check?(value: V): FieldProblem[];
}

// Modules list settings of different shapes; the list cannot name one of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySetting = SettingDefinition<any>;

/** Declares a setting (see `SettingDefinition`); the key must start with the module's name. */
export function defineSetting<V extends Record<string, unknown>>(definition: SettingDefinition<V>): SettingDefinition<V> {
  if (!definition.key.startsWith(`${definition.module}.`)) throw new Error(`Setting ${definition.key} must be named <module>.<name> (module ${definition.module})`);
  for (const name of Object.keys(definition.fields)) {
    if (!(name in definition.defaults)) throw new Error(`Setting ${definition.key} has no default for ${name}`);
  }
  return definition;
}

import type { FieldProblem } from '../errors';
import { MoneyInput, toMinorUnits } from '../money/money';
import { ValidationError } from '../errors';

/** How a setting's field is entered and checked; clients build their form from it. */
export enum SettingFieldKind {
  /** A whole number between `min` and `max`. */
  INT = 'INT',
  /** One of `options`. */
  CHOICE = 'CHOICE',
  /** An amount and an ISO 4217 currency, as `MoneyInput`. */
  MONEY = 'MONEY',
}

export type SettingField =
  | { kind: SettingFieldKind.INT; min: number; max: number }
  | { kind: SettingFieldKind.CHOICE; options: readonly string[] }
  | { kind: SettingFieldKind.MONEY };

/** A whole number within bounds; an input class uses the same bounds (`@Min(f.min) @Max(f.max)`). */
export const intField = (min: number, max: number) => ({ kind: SettingFieldKind.INT, min, max }) as const;
/** One of an enum's values. */
export const choiceField = (values: Record<string, string>) => ({ kind: SettingFieldKind.CHOICE, options: Object.values(values) }) as const;
/** An amount of money (never negative), checked as every money input is (`toMinorUnits`). */
export const moneyField = () => ({ kind: SettingFieldKind.MONEY }) as const;

const MONEY_AMOUNT = /^\d{1,15}(\.\d{1,4})?$/;

/** What is wrong with one field's value, at `path` (empty when it is fine). */
export function fieldProblems(field: SettingField, value: unknown, path: string): FieldProblem[] {
  switch (field.kind) {
    case SettingFieldKind.INT:
      return typeof value === 'number' && Number.isInteger(value) && value >= field.min && value <= field.max
        ? []
        : [{ path, message: `must be a whole number from ${field.min} to ${field.max}`, constraint: 'settingRange' }];
    case SettingFieldKind.CHOICE:
      return typeof value === 'string' && field.options.includes(value) ? [] : [{ path, message: `must be one of ${field.options.join(', ')}`, constraint: 'settingChoice' }];
    case SettingFieldKind.MONEY: {
      const money = value as Partial<MoneyInput> | null;
      if (!money || typeof money !== 'object' || typeof money.amount !== 'string' || !MONEY_AMOUNT.test(money.amount)) {
        return [{ path: `${path}.amount`, message: 'must be a positive decimal number such as 1009038.00', constraint: 'settingMoney' }];
      }
      if (typeof money.currency !== 'string') return [{ path: `${path}.currency`, message: 'must be an ISO 4217 code such as GBP', constraint: 'settingMoney' }];
      try {
        toMinorUnits({ amount: money.amount, currency: money.currency }, path);
        return [];
      } catch (error) {
        if (error instanceof ValidationError) return error.fields.map((f) => ({ ...f, constraint: f.constraint ?? 'settingMoney' }));
        throw error;
      }
    }
  }
}

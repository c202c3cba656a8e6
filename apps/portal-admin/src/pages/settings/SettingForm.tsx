import { errorMessage, type FieldMessages } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import {
  Button,
  ConfirmDialog,
  FormBanner,
  FormSelect,
  TextField,
  useApiForm,
  type ApiForm,
} from '@lr/portal-ui';
import { useState } from 'react';
import type { FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSection } from '../../components/section-context';
import {
  ClearProgrammeSettingMutation,
  UpdatePlatformSettingMutation,
  UpdateProgrammeSettingMutation,
} from '../../graphql/operations';
import {
  fromFormValues,
  plainValue,
  toFormValues,
  type SettingFieldShape,
  type SettingFormValues,
} from './setting-values';
import { settingWords } from './setting-words';

export interface SettingView {
  key: string;
  description: string;
  value: Record<string, unknown>;
  defaultValue: Record<string, unknown>;
  isDefault: boolean;
  /** The scope has a value of its own (a programme's; for the platform, changed since the defaults). */
  stored: boolean;
  version: number;
  updatedAt?: string | null;
  updatedBy?: string | null;
  fields: readonly SettingFieldShape[];
}

const WHOLE = /^\d+$/;
const AMOUNT = /^\d{1,15}(\.\d{1,4})?$/;
const CURRENCY = /^[A-Za-z]{3}$/;
const path = (name: string) => `value.${name}` as FieldPath<SettingFormValues>;

/**
 * One setting as a form: its fields checked in the browser with the API's bounds, saved whole at
 * the version read. With `programmeId`, the programme's own value (over the platform's, which it
 * shows as what it falls back to, and can go back to after a confirmation).
 */
export function SettingForm({
  setting,
  programmeId,
  onSaved,
  onReload,
}: {
  setting: SettingView;
  programmeId?: string;
  onSaved(): void;
  onReload(): void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const format = useFormat();
  const { notify } = useSection();
  const [, updatePlatform] = useMutation(UpdatePlatformSettingMutation);
  const [, updateProgramme] = useMutation(UpdateProgrammeSettingMutation);
  const [clearing, clear] = useMutation(ClearProgrammeSettingMutation);
  const [confirmClear, setConfirmClear] = useState(false);
  const [clearRefusal, setClearRefusal] = useState<string>();
  const form = useApiForm<SettingFormValues>({
    defaultValues: toFormValues(setting.fields, setting.value),
    messages: refusalWords(
      setting.fields,
      (key, options) => t(key as never, options ?? {}) as string,
    ),
  });
  const titleId = `admin-setting-${setting.key.replace(/\W/g, '-')}`;

  const save = form.submit(async (values) => {
    const input = {
      key: setting.key,
      version: setting.version,
      value: fromFormValues(setting.fields, values),
    };
    const result = programmeId
      ? await updateProgramme({ programmeId, input })
      : await updatePlatform({ input });
    if (result.error) return form.showApiError(result.error);
    notify(t(programmeId ? 'settingSavedForProgramme' : 'settingSaved'), 'success');
    onSaved();
  });

  async function followPlatform() {
    if (!programmeId) return;
    const result = await clear({ programmeId, key: setting.key, version: setting.version });
    if (result.error) return setClearRefusal(errorMessage(result.error));
    setConfirmClear(false);
    notify(t('settingCleared'), 'success');
    onSaved();
  }

  const fallbackOf = (field: SettingFieldShape) => {
    const value = setting.defaultValue[field.name];
    const shown =
      field.kind === 'CHOICE' ? settingWords.option(String(value)) : plainValue(field, value);
    return programmeId
      ? t('settingPlatformValue', { value: shown })
      : t('settingDefault', { value: shown });
  };
  const changed =
    setting.updatedBy && setting.updatedAt
      ? { who: setting.updatedBy, when: format.dateTime(setting.updatedAt) }
      : null;
  const status = programmeId
    ? setting.stored && changed
      ? t('settingOwnChangedBy', changed)
      : t('settingFollowsPlatform')
    : changed
      ? `${t('settingChangedBy', changed)}${setting.isDefault ? ` ${t('settingIsDefault')}.` : ''}`
      : t('settingNeverChanged');

  return (
    <>
      <form
        ref={form.formRef}
        className="lr-form"
        onSubmit={save}
        noValidate
        aria-labelledby={titleId}
      >
        <h2 id={titleId}>{settingWords.title(setting.key)}</h2>
        <p>{settingWords.description(setting.key, setting.description)}</p>
        <FormBanner form={form} onReload={onReload} />
        <div className="lr-form-grid">
          {setting.fields.map((field) => (
            <SettingField
              key={field.name}
              form={form}
              settingKey={setting.key}
              field={field}
              defaultHint={fallbackOf(field)}
            />
          ))}
        </div>
        <p className="admin-setting__status">{status}</p>
        <div className="lr-form-actions">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('common:save')}
          </Button>
          {programmeId ? (
            setting.stored && (
              <Button onClick={() => (setClearRefusal(undefined), setConfirmClear(true))}>
                {t('settingUsePlatform')}
              </Button>
            )
          ) : (
            <Button
              onClick={() =>
                form.reset(toFormValues(setting.fields, setting.defaultValue), {
                  keepDefaultValues: true,
                })
              }
            >
              {t('settingRestore')}
            </Button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={confirmClear}
        title={t('settingUsePlatformTitle', { name: settingWords.title(setting.key) })}
        confirmLabel={t('settingUsePlatform')}
        busy={clearing.fetching}
        error={clearRefusal}
        onConfirm={followPlatform}
        onCancel={() => setConfirmClear(false)}
      >
        <p>{t('settingUsePlatformBody')}</p>
      </ConfirmDialog>
    </>
  );
}

function SettingField({
  form,
  settingKey,
  field,
  defaultHint,
}: {
  form: ApiForm<SettingFormValues>;
  settingKey: string;
  field: SettingFieldShape;
  defaultHint: string;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const label = settingWords.field(settingKey, field.name);
  const required = t('common:required');
  if (field.kind === 'CHOICE') {
    return (
      <FormSelect
        form={form}
        name={path(field.name)}
        label={label}
        hint={defaultHint}
        required
        rules={{ required }}
        options={(field.options ?? []).map((o) => ({ value: o, label: settingWords.option(o) }))}
      />
    );
  }
  if (field.kind === 'MONEY') {
    return (
      <fieldset className="admin-setting__money">
        <legend>{label}</legend>
        <p className="lr-field__hint">{defaultHint}</p>
        <TextField
          label={t('settingAmount')}
          hint={t('settingAmountHint')}
          inputMode="decimal"
          required
          {...form.field(`value.${field.name}.amount` as FieldPath<SettingFormValues>, {
            required,
            pattern: { value: AMOUNT, message: t('settingAmountFormat') },
          })}
        />
        <TextField
          label={t('settingCurrency')}
          hint={t('settingCurrencyHint')}
          autoCapitalize="characters"
          maxLength={3}
          required
          {...form.field(`value.${field.name}.currency` as FieldPath<SettingFormValues>, {
            required,
            pattern: { value: CURRENCY, message: t('settingCurrencyFormat') },
          })}
        />
      </fieldset>
    );
  }
  const { min = 0, max = 0 } = { min: field.min ?? 0, max: field.max ?? 0 };
  const range = t('settingRange', { min, max });
  return (
    <TextField
      label={label}
      hint={`${t('settingBounds', { min, max })} · ${defaultHint}`}
      inputMode="numeric"
      required
      {...form.field(path(field.name), {
        required,
        validate: (text) => {
          const value = String(text).trim();
          return (WHOLE.test(value) && Number(value) >= min && Number(value) <= max) || range;
        },
      })}
    />
  );
}

/** The API's refusals of a setting's fields (by rule), in the section's words, so a message the browser did not catch is still in the reader's language. */
function refusalWords(
  fields: readonly SettingFieldShape[],
  t: (key: string, options?: Record<string, unknown>) => string,
): FieldMessages {
  const words: FieldMessages = {};
  for (const field of fields) {
    const base = { minAboveMax: t('settingMinAboveMax'), settingRequired: t('common:required') };
    if (field.kind === 'INT')
      words[`value.${field.name}`] = {
        ...base,
        settingRange: t('settingRange', { min: field.min, max: field.max }),
      };
    if (field.kind === 'CHOICE')
      words[`value.${field.name}`] = { ...base, settingChoice: t('settingChoice') };
    if (field.kind === 'MONEY') {
      words[`value.${field.name}.amount`] = { ...base, settingMoney: t('settingAmountFormat') };
      words[`value.${field.name}.currency`] = { ...base, settingMoney: t('settingCurrencyFormat') };
    }
  }
  return words;
}

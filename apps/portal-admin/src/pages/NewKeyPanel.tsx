import { Button, FormBanner, type ApiForm } from '@lr/portal-ui';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/**
 * A secret just made (a partner key, a webhook's signing secret): shown this once, with a copy
 * button, until the admin says they have it. `title` and `label` default to a key's words.
 */
export function NewKeyPanel({
  name,
  secret,
  onDone,
  title,
  label,
}: {
  name: string;
  secret: string;
  onDone(): void;
  title?: string;
  label?: string;
}) {
  const { t } = useTranslation('admin');
  const [copyState, setCopyState] = useState<'copied' | 'failed'>();
  const heading = useRef<HTMLHeadingElement>(null);
  // The admin's attention goes to the key, which will not be shown again.
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  return (
    <section className="admin-new-key" aria-labelledby="admin-new-key-title">
      <h2 id="admin-new-key-title" ref={heading} tabIndex={-1}>
        {title ?? t('newKeyTitle', { name })}
      </h2>
      <p>{t('newKeyOnce')}</p>
      <label className="lr-field__label" htmlFor="admin-new-key-value">
        {label ?? t('newKeyLabel')}
      </label>
      <input
        id="admin-new-key-value"
        className="lr-input admin-new-key__value"
        readOnly
        value={secret}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="lr-form-actions">
        <Button variant="primary" onClick={copy}>
          {t('copy')}
        </Button>
        <Button onClick={onDone}>{t('done')}</Button>
      </div>
      <p role="status">
        {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
      </p>
    </section>
  );
}

/** What making a thing with a secret answered: the refusal, or the thing's name and its secret. */
export interface SecretMade {
  error?: CombinedError;
  made?: { name: string; secret: string } | null;
}

/**
 * The form that makes a thing with a secret (a partner key, a webhook endpoint): its heading,
 * the banner of what the API refused, `children` (the fields) and Create. Once made, the form
 * is emptied (`blank`) and the name and secret go to `onCreated`, for the NewKeyPanel.
 */
export function SecretCreateForm<V extends FieldValues>({
  form,
  titleId,
  title,
  blank,
  create,
  onCreated,
  children,
}: {
  form: ApiForm<V>;
  titleId: string;
  title: string;
  blank(): V;
  create(values: V): Promise<SecretMade>;
  onCreated(name: string, secret: string): void;
  children: ReactNode;
}) {
  const { t } = useTranslation(['admin', 'common']);

  const save = form.submit(async (values) => {
    const { error, made } = await create(values);
    if (error) return form.showApiError(error);
    if (!made) return;
    form.reset(blank());
    onCreated(made.name, made.secret);
  });

  return (
    <form
      ref={form.formRef}
      className="lr-form"
      onSubmit={save}
      noValidate
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{title}</h2>
      <FormBanner form={form} />
      <div className="lr-form-grid">{children}</div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('common:create')}
        </Button>
      </div>
    </form>
  );
}

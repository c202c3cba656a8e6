import { Button } from '@lr/portal-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

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

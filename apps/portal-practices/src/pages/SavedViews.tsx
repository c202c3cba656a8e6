import { Button, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useSavedViews } from '../components/saved-views';
import { useSection } from '../components/section-context';

/** Named filter sets of the practices list (kept in this browser): apply, delete, save the current one. */
export function SavedViews({ currentQuery, onApply }: { currentQuery(): string; onApply(query: string): void }) {
  const { t } = useTranslation('practices');
  const { user, notify } = useSection();
  const { views, save, remove } = useSavedViews(user.id);
  const form = useApiForm({ defaultValues: { name: '' } });

  const saveView = form.submit(({ name }) => {
    const trimmed = name.trim();
    save({ name: trimmed, query: currentQuery() });
    form.reset();
    notify(t('viewSaved', { name: trimmed }), 'success');
  });

  return (
    <details className="lr-card lr-saved-views">
      <summary>
        {t('savedViews')} ({views.length})
      </summary>
      {views.length === 0 ? (
        <p>{t('noSavedViews')}</p>
      ) : (
        <ul className="lr-saved-views__list">
          {views.map((v) => (
            <li key={v.name}>
              <Button variant="link" aria-label={t('applyView', { name: v.name })} onClick={() => onApply(v.query)}>
                {v.name}
              </Button>
              <Button variant="link" onClick={() => remove(v.name)}>
                {t('deleteView', { name: v.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form ref={form.formRef} className="lr-saved-views__form" onSubmit={saveView} noValidate>
        <TextField
          label={t('viewName')}
          {...form.field('name', { validate: (name) => name.trim() !== '' || t('viewNameRequired') })}
        />
        <Button type="submit">{t('saveView')}</Button>
      </form>
    </details>
  );
}

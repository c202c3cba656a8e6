import { usePersonOptions } from '@lr/portal-graphql';
import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import type { FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormSearchSelect, useSearchTerm } from './FormSearchSelect';
import type { ApiForm } from './use-api-form';

/** Where people are created: the Routes section owns them. */
const NEW_PERSON_PATH = '/routes/people/new';

/**
 * Picks a person on record (a champion, a participant, a head of delegation): a search box
 * narrowing a select of people, a note when only some are listed, and a way to create the person
 * who is missing. `required` is the message shown when none is chosen; without it the choice is
 * optional and the select offers "No one".
 */
export function PersonPicker<Values extends FieldValues>({
  form,
  name,
  label,
  required,
  hint,
  chosenLabel,
  searchLabel,
}: {
  form: ApiForm<Values>;
  name: FieldPath<Values>;
  label: string;
  required?: string;
  hint?: string;
  /** The name of the person chosen when the form opened (the search may not list them). */
  chosenLabel?: string;
  /** The search box's label when "Find a person" says too little. */
  searchLabel?: string;
}) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const search = useSearchTerm();
  const { options, total } = usePersonOptions(search.term);
  return (
    <>
      <div className="lr-form-grid">
        <FormSearchSelect
          form={form}
          name={name}
          rules={required ? { required } : undefined}
          label={label}
          hint={hint}
          required={!!required}
          placeholder={required ? t('choose') : t('nobody')}
          searchLabel={searchLabel ?? t('findPerson')}
          searchHint={t('findPersonHint')}
          search={search}
          options={options}
          chosenLabel={chosenLabel ?? t('chosenPerson')}
          more={total > options.length ? t('morePeople', { shown: options.length, total }) : undefined}
        />
      </div>
      <p>
        {t('personMissing')}{' '}
        <Link className="lr-action-link" to={NEW_PERSON_PATH}>
          {t('createPersonLink')}
        </Link>
      </p>
    </>
  );
}

import { useCountries } from '@lr/portal-graphql';
import { useId } from 'react';

/**
 * The countries whose delegations visit a route, for its recommendations: a list that allows
 * several, the countries with ranked learning needs (★, the ones matching can use) first so
 * nobody hunts through 249, and the rest after.
 */
export function VisitingCountriesField({
  label,
  hint,
  language,
  value,
  onChange,
  groupLabels,
}: {
  label: string;
  hint: string;
  language: string;
  value: string[];
  onChange(codes: string[]): void;
  /** Headings of the two groups: countries with ranked needs, the others. */
  groupLabels: { withNeeds: string; others: string };
}) {
  const id = useId();
  const countries = useCountries(language);
  const groups = [
    { label: groupLabels.withNeeds, countries: countries.filter((c) => c.hasNeeds) },
    { label: groupLabels.others, countries: countries.filter((c) => !c.hasNeeds) },
  ];
  return (
    <div className="lr-field">
      <label htmlFor={id} className="lr-field__label">
        {label}
      </label>
      <select
        id={id}
        multiple
        size={8}
        className="lr-input lr-multiselect"
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.hasNeeds ? `★ ${c.name}` : c.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id={`${id}-hint`} className="lr-field__hint">
        {hint}
      </p>
    </div>
  );
}

import { formFieldFor } from './form-field-for';

describe('where an API message goes in a form', () => {
  const values = { title: { en: '', fr: '' }, endDate: '', thematicAreaIds: ['a', 'b'], value: { fund: { amount: '', currency: '' } } };

  it('follows the path as far as the form has values', () => {
    expect(formFieldFor('endDate', values)).toBe('endDate');
    expect(formFieldFor('title.fr', values)).toBe('title.fr');
    expect(formFieldFor('value.fund.currency', values)).toBe('value.fund.currency');
  });

  it('gives a list’s item messages to the list, and nothing for a field the form has not', () => {
    expect(formFieldFor('thematicAreaIds.1', values)).toBe('thematicAreaIds');
    expect(formFieldFor('programmeId', values)).toBeUndefined();
  });
});

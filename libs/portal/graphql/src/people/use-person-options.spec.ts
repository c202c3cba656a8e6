import { personOptionLabel } from './use-person-options';

describe('a person in a list of choices', () => {
  it('reads as their name and, when known, their country, so namesakes can be told apart', () => {
    expect(personOptionLabel({ fullName: 'Carolina Fuentes', country: { name: 'Peru' } })).toBe('Carolina Fuentes (Peru)');
    expect(personOptionLabel({ fullName: 'Carolina Fuentes', country: null })).toBe('Carolina Fuentes');
    expect(personOptionLabel({ fullName: 'Carolina Fuentes' })).toBe('Carolina Fuentes');
  });
});

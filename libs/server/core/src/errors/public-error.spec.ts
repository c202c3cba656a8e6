import { IsEmail, IsOptional, MaxLength, MinLength, ValidateNested, validateSync } from 'class-validator';
import { fieldProblems, validationPublicError } from './public-error';

class Address {
  @MaxLength(5) street: string;
}

class PersonInput {
  @MinLength(1) givenName: string;
  @IsOptional() @IsEmail({}, { message: 'must be an e-mail address' }) email?: string;
  @ValidateNested() address: Address;
}

function input(values: Partial<PersonInput> & { address?: Partial<Address> }): PersonInput {
  const address = Object.assign(new Address(), values.address ?? { street: 'ok' });
  return Object.assign(new PersonInput(), { givenName: 'Ada', ...values, address });
}

describe('fieldProblems', () => {
  it('names each failed rule beside its path and message, so clients can word it in their language', () => {
    const problems = fieldProblems(validateSync(input({ givenName: '', email: 'nope' })), 'input');
    expect(problems).toEqual([
      { path: 'input.givenName', message: 'givenName must be longer than or equal to 1 characters', constraint: 'minLength' },
      { path: 'input.email', message: 'must be an e-mail address', constraint: 'isEmail' },
    ]);
  });

  it('follows nested inputs to the failing field', () => {
    expect(fieldProblems(validateSync(input({ address: { street: 'far too long' } })), 'input')).toEqual([
      { path: 'input.address.street', message: 'street must be shorter than or equal to 5 characters', constraint: 'maxLength' },
    ]);
  });

  it('keeps the rule in the BAD_USER_INPUT error clients receive', () => {
    const error = validationPublicError(fieldProblems(validateSync(input({ givenName: '' })), ''));
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'givenName', message: 'givenName must be longer than or equal to 1 characters', constraint: 'minLength' }],
    });
  });
});

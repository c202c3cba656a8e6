import 'reflect-metadata';
import { ValidationError } from '../errors';
import { requiredParam } from './required-param';

const ROUTE = '6f1c2a4e-8b3d-4c5e-9f7a-1b2c3d4e5f60';

/** The field problems of the refusal `run` throws. */
function refusal(run: () => unknown): ValidationError['fields'] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fields;
  }
  throw new Error('expected a ValidationError');
}

describe('requiredParam', () => {
  it('gives the trimmed value, the first of several', () => {
    expect(requiredParam({ routeId: ` ${ROUTE} ` }, 'routeId', 'uuid')).toBe(ROUTE);
    expect(requiredParam({ night: ['2025-05-13', '2025-05-14'] }, 'night', 'date')).toBe('2025-05-13');
  });

  it('refuses a missing or empty parameter as required, naming it', () => {
    expect(refusal(() => requiredParam({}, 'routeId', 'uuid'))).toEqual([{ path: 'routeId', message: 'is required', constraint: 'isUuid' }]);
    expect(refusal(() => requiredParam({ date: '  ' }, 'date', 'date'))).toEqual([{ path: 'date', message: 'is required', constraint: 'isLocalDate' }]);
    expect(refusal(() => requiredParam({ night: [] }, 'night', 'date'))[0].message).toBe('is required');
  });

  it("refuses a value of the wrong kind with the kind's rule", () => {
    expect(refusal(() => requiredParam({ routeId: 'peru' }, 'routeId', 'uuid'))).toEqual([{ path: 'routeId', message: 'must be a UUID', constraint: 'isUuid' }]);
    expect(refusal(() => requiredParam({ date: '2025-02-30' }, 'date', 'date'))).toEqual([
      { path: 'date', message: 'must be a date written YYYY-MM-DD', constraint: 'isLocalDate' },
    ]);
    expect(refusal(() => requiredParam({ night: { from: 'x' } }, 'night', 'date'))[0].message).toBe('is required');
  });
});

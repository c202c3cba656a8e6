import type { RequestContext } from '../context/request-context';
import { ValidationError } from '../errors';
import { ReferenceCheck } from './reference-check';

/** `add` and `assertValid` never touch the context: no request is needed to check them. */
const check = () => new ReferenceCheck({} as RequestContext);

function thrown(run: () => void): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('ReferenceCheck.add', () => {
  it('keeps the rule a service names beside the path and message, so clients can word it', () => {
    const c = check().add('input.roomId', 'room 204 is full on 2025-05-12', 'roomFull');
    expect(thrown(() => c.assertValid()).fields).toEqual([{ path: 'input.roomId', message: 'room 204 is full on 2025-05-12', constraint: 'roomFull' }]);
  });

  it('leaves the rule out when none is named, as before', () => {
    const c = check().add('input.name', 'is taken').add('input.capacity', 'is too small', 'capacityBelowBooked');
    expect(thrown(() => c.assertValid()).fields).toEqual([
      { path: 'input.name', message: 'is taken' },
      { path: 'input.capacity', message: 'is too small', constraint: 'capacityBelowBooked' },
    ]);
  });

  it('throws nothing while no problem was added', () => {
    expect(check().hasProblems).toBe(false);
    expect(() => check().assertValid()).not.toThrow();
  });
});

import type { RequestContext } from '../context/request-context';
import { combineParts } from './module-part';

const handler = (_ctx: RequestContext, _payload: Record<string, unknown>) => Promise.resolve();

describe('combineParts', () => {
  it('puts the parts’ job handlers in one map', () => {
    const remind = handler;
    const lock = () => Promise.resolve();
    expect(combineParts([{ jobs: { remind } }, {}, { jobs: { lock } }]).jobs).toEqual({ remind, lock });
  });

  it('refuses two parts handling the same kind of job, naming it', () => {
    expect(() => combineParts([{ jobs: { remind: handler } }, { jobs: { remind: handler } }])).toThrow('Two parts handle the scheduled job kind "remind"');
  });
});

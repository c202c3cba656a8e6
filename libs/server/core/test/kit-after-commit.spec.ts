import { RequestContext, User, platformModule } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { libraryModule } from './support';

/** Work that must wait for the commit (deleting stored files) runs after it, and never on a rollback. */
describe('ctx.afterCommit', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
  });
  afterAll(() => gw.close());

  const context = () => new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime });

  it('runs queued work once the transaction has committed, in order', async () => {
    const ctx = context();
    const events: string[] = [];
    await ctx.transaction(async () => {
      ctx.afterCommit(() => void events.push('first'));
      ctx.afterCommit(async () => {
        // The change is visible to another connection: it has committed.
        const count = await gw.dataSource.getRepository(User).countBy({ email: 'after-commit@test.example' });
        events.push(`second saw ${count}`);
      });
      await ctx.repo(User).insert({ email: 'after-commit@test.example', displayName: 'AC', passwordHash: 'x', role: 'VIEWER' as never, modules: [], active: true });
      events.push('in transaction');
    });
    expect(events).toEqual(['in transaction', 'first', 'second saw 1']);
  });

  it('drops queued work when the transaction rolls back', async () => {
    const ctx = context();
    const events: string[] = [];
    await expect(
      ctx.transaction(async () => {
        ctx.afterCommit(() => void events.push('should not run'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(events).toEqual([]);
  });

  it('runs at once outside a transaction', async () => {
    const ctx = context();
    const events: string[] = [];
    ctx.afterCommit(() => void events.push('now'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['now']);
  });
});

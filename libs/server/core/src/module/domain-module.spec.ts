import { allResolvers, migrationTimeline, type DomainModule } from './domain-module';

class CreatePlatform1700000000001 {}
class AddKeys1700000000300 {}
class CreateRoutes1700000000002 {}
class AddBudgets1700000000200 {}
class CreateThings {}
class Short170000000000 {}

const mod = (name: string, migrations: DomainModule['migrations'], resolvers: DomainModule['resolvers'] = []): DomainModule => ({
  name,
  description: name,
  entities: [],
  resolvers,
  migrations,
});

describe('migrationTimeline', () => {
  it('orders every module’s migrations by the timestamp in their class names', () => {
    const timeline = migrationTimeline([
      mod('platform', [CreatePlatform1700000000001, AddKeys1700000000300]),
      mod('core', [AddBudgets1700000000200, CreateRoutes1700000000002]),
    ]);
    expect(timeline).toEqual([CreatePlatform1700000000001, CreateRoutes1700000000002, AddBudgets1700000000200, AddKeys1700000000300]);
  });

  it('does not reorder the modules’ own lists', () => {
    const migrations = [AddKeys1700000000300, CreatePlatform1700000000001];
    migrationTimeline([mod('platform', migrations)]);
    expect(migrations).toEqual([AddKeys1700000000300, CreatePlatform1700000000001]);
  });

  it('refuses a migration class without a 13-digit timestamp, naming it', () => {
    expect(() => migrationTimeline([mod('core', [CreateRoutes1700000000002, CreateThings])])).toThrow(
      'Migration CreateThings must end with a 13-digit timestamp',
    );
    expect(() => migrationTimeline([mod('core', [Short170000000000])])).toThrow(/Short170000000000/);
  });

  it('is empty for modules without migrations', () => {
    expect(migrationTimeline([mod('a', [])])).toEqual([]);
  });
});

describe('allResolvers', () => {
  it('collects resolvers across modules and refuses none at all', () => {
    class A {}
    class B {}
    expect(allResolvers([mod('a', [], [A]), mod('b', [], [B])])).toEqual([A, B]);
    expect(() => allResolvers([mod('a', [])])).toThrow(/No module declares a resolver/);
  });
});

import { Service, ServiceContainer } from '../src';

@Service()
class Clock {
  now() {
    return 'now';
  }
}

@Service()
class Greeter {
  constructor(readonly clock: Clock) {}
}

@Service()
class Undeclared {}

@Service()
class NeedsUndeclared {
  constructor(readonly missing: Undeclared) {}
}

describe('the service container', () => {
  it('builds a declared class with its constructor dependencies, once', () => {
    const container = new ServiceContainer(new Set([Clock, Greeter]));
    const greeter = container.get(Greeter);
    expect(greeter.clock.now()).toBe('now');
    expect(container.get(Greeter)).toBe(greeter);
    expect(container.get(Clock)).toBe(greeter.clock);
  });

  it('refuses a class no module declares, naming it', () => {
    const container = new ServiceContainer(new Set([NeedsUndeclared]));
    expect(() => container.get(NeedsUndeclared)).toThrow(/Undeclared is not declared in any module's resolvers or services/);
  });
});

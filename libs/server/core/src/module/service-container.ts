import 'reflect-metadata';
import type { ContainerType } from 'type-graphql';
import type { ClassRef, DomainModule } from './domain-module';

/**
 * Marks a class the container may build, and makes TypeScript record its constructor's
 * parameter types, which is how the container knows what to hand it.
 *
 * @example
 *   @Service()
 *   export class PracticeService { constructor(private readonly statuses: PracticeStatusService) {} }
 */
export function Service(): ClassDecorator {
  return () => undefined;
}

type Constructor = new (...args: unknown[]) => unknown;

/**
 * One instance of each resolver and service, built on first use with its constructor's
 * dependencies. Only the classes the modules declare (their `resolvers` and `services`) can be
 * built, so a service used but not declared fails at start-up, not in production traffic.
 */
export class ServiceContainer implements ContainerType {
  private readonly instances = new Map<ClassRef, unknown>();
  private readonly building = new Set<ClassRef>();

  constructor(private readonly declared: ReadonlySet<ClassRef>) {}

  get<T>(someClass: (new (...args: never[]) => T) | ClassRef): T {
    const existing = this.instances.get(someClass);
    if (existing) return existing as T;
    if (!this.declared.has(someClass)) {
      throw new Error(`${someClass.name} is not declared in any module's resolvers or services`);
    }
    if (this.building.has(someClass)) throw new Error(`${someClass.name} depends on itself through its constructor`);
    this.building.add(someClass);
    try {
      const parameterTypes: ClassRef[] = Reflect.getMetadata('design:paramtypes', someClass) ?? [];
      const instance = new (someClass as Constructor)(...parameterTypes.map((dependency) => this.get(dependency)));
      this.instances.set(someClass, instance);
      return instance as T;
    } finally {
      this.building.delete(someClass);
    }
  }
}

/** The container over every class the modules declare. */
export function serviceContainerFor(modules: DomainModule[]): ServiceContainer {
  return new ServiceContainer(new Set(modules.flatMap((m) => [...m.resolvers, ...(m.services ?? [])])));
}

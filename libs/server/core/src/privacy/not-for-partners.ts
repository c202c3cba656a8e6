import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { isPartner } from '../auth/principal';
import type { RequestContext } from '../context/request-context';

const hideFromPartners: MiddlewareFn<RequestContext> = async ({ context }, next) => (isPartner(context.principal) ? null : next());

/**
 * Marks a field as internal working data (a participant's motivation, consents, check-in):
 * partners' API keys read null, whatever their scopes; signed-in users read it as usual. The
 * field must be nullable. Personal data (e-mail, passport) is `@Personal`, not this.
 *
 * @example
 *   @NotForPartners()
 *   @Field(() => String, { nullable: true }) @Column({ type: 'text', nullable: true }) motivation: string | null;
 */
export function NotForPartners(): PropertyDecorator & MethodDecorator {
  return UseMiddleware(hideFromPartners);
}

import { referenceTarget } from '../references/reference-check';
import { User } from './user.entity';

/** Users inputs may name (assessors, owners), for `ReferenceCheck`. */
export const UserRef = referenceTarget(User, 'user');

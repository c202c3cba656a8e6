import { registerEnumType } from 'type-graphql';

/** What the systematization produces for a practice (000 §33). */
export enum MaterialKind {
  CASE_DOCUMENT = 'CASE_DOCUMENT',
  VIDEO = 'VIDEO',
  /** The technical scoping paper. */
  SCOPING_PAPER = 'SCOPING_PAPER',
  FIELD_BLOG_POST = 'FIELD_BLOG_POST',
  SLIDES = 'SLIDES',
}
registerEnumType(MaterialKind, { name: 'MaterialKind' });

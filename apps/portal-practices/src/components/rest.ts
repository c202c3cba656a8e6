import { errorMessage, fieldProblems, translateFieldProblem } from '@lr/portal-graphql';
import { restError } from '@lr/portal-ui';

/** What the material-file upload needs beyond @lr/portal-ui's REST helpers (which download the files). */

/**
 * The first problem of a REST error body, which has the GraphQL error shape
 * `{ errors: [{ message, extensions: { code, fields?: [{ path, message, constraint? }] } }] }`,
 * in the user's language as the GraphQL errors are.
 */
export async function problemOf(res: Response): Promise<{ message: string; field?: string; code?: string }> {
  const error = await restError(res);
  if (!error) return { message: `HTTP ${res.status}` };
  // The field's own problem, not "invalid input: …", since the form shows it under that field.
  const [field] = fieldProblems(error);
  const message = field ? translateFieldProblem(field) : errorMessage(error);
  return { message: message || `HTTP ${res.status}`, field: field?.path, code: error.graphQLErrors[0]?.extensions?.['code'] as string | undefined };
}

/** Largest material file the API accepts, and its types (as material-file-rules.ts says). */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;
export const MATERIAL_TYPES = [
  'application/pdf',
  'video/mp4',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
];

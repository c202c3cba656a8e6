import { Role } from '../../auth/roles';
import type { RequestContext } from '../../context/request-context';
import type { FieldProblem } from '../../errors';

/**
 * Problems with an account's role and modules: EDITORs need known modules, other roles none.
 * Each names its rule (`constraint`) so the portal words it in the reader's language.
 */
export function checkModules(ctx: RequestContext, role: Role, modules: string[], path: string): FieldProblem[] {
  const known = ctx.runtime.moduleNames;
  const problems: FieldProblem[] = [];
  const unknown = modules.filter((m) => !known.includes(m));
  if (unknown.length) problems.push({ path, message: `unknown module(s) ${unknown.join(', ')}; known: ${known.join(', ')}`, constraint: 'knownModules' });
  if (role === Role.EDITOR && modules.length === 0) problems.push({ path, message: 'an EDITOR needs at least one module', constraint: 'editorNeedsModule' });
  if (role !== Role.EDITOR && modules.length > 0) problems.push({ path, message: 'only an EDITOR is scoped to modules', constraint: 'modulesOnlyForEditor' });
  return problems;
}

import type { FieldProblem } from '@lr/server-core';

/** The parts of a plan a reviewer comments on as a whole. */
export const WHOLE_SECTIONS = ['title', 'context', 'innovations', 'practices', 'expectedResults', 'objectives', 'activities'] as const;
export type WholeSection = (typeof WHOLE_SECTIONS)[number];

/** The lists whose items a reviewer may comment on one by one: `objectives.2`, `activities.1`. */
export const ITEM_SECTIONS = ['objectives', 'activities'] as const;
export type ItemSection = (typeof ITEM_SECTIONS)[number];

/** A section named by a comment, parsed: a whole section, or one item (counted from 1) of a list. */
export type ParsedSection = { kind: 'whole'; section: WholeSection } | { kind: 'item'; list: ItemSection; position: number };

/** How many items the reviewed version has, so `objectives.4` of a plan with three is refused. */
export interface SectionCounts {
  objectives: number;
  activities: number;
}

const ITEM = /^(objectives|activities)\.([1-9]\d{0,3})$/;

/** Parses "context", "objectives", "objectives.2"; null for anything else (case matters: these are keys). */
export function parseSection(section: string): ParsedSection | null {
  if ((WHOLE_SECTIONS as readonly string[]).includes(section)) return { kind: 'whole', section: section as WholeSection };
  const item = ITEM.exec(section);
  return item ? { kind: 'item', list: item[1] as ItemSection, position: Number(item[2]) } : null;
}

/** What the section field accepts, for the refusal's message. */
export const SECTION_HINT = `one of ${WHOLE_SECTIONS.join(', ')}, or objectives.N / activities.N for one item (N from 1)`;

const countWords = (n: number, list: ItemSection) => (n === 0 ? `no ${list}` : `${n} ${n === 1 ? list.slice(0, -1) : list}`);

/**
 * The problems of a review's section comments against the version reviewed: unknown sections,
 * items the version does not have, the same section twice (one comment per section keeps the
 * review readable beside the plan), and blank comments. Paths are `<path>.<index>.section` and
 * `<path>.<index>.comment`, so a form puts each message beside its row.
 */
export function sectionCommentProblems(comments: readonly { section: string; comment: string }[], counts: SectionCounts, path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  comments.forEach(({ section, comment }, index) => {
    const at = `${path}.${index}`;
    const key = section.trim();
    const parsed = parseSection(key);
    if (!parsed) problems.push({ path: `${at}.section`, message: `"${section}" is not a section of a plan: use ${SECTION_HINT}` });
    else if (parsed.kind === 'item' && parsed.position > counts[parsed.list]) {
      problems.push({ path: `${at}.section`, message: `the reviewed version has ${countWords(counts[parsed.list], parsed.list)}, so there is no ${key}` });
    } else {
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.push({ path: `${at}.section`, message: `${key} is already commented in comment ${earlier + 1}: put both in one comment` });
      else seen.set(key, index);
    }
    if (!comment.trim()) problems.push({ path: `${at}.comment`, message: 'must not be blank' });
  });
  return problems;
}

/**
 * Comments in the plan's reading order (title, context, … objectives, objective 1, 2 …), so a
 * review reads from top to bottom whatever order the reviewer wrote it in.
 */
export function sectionOrder(section: string): number {
  const order: Record<string, number> = { title: 0, context: 1, innovations: 2, practices: 3, objectives: 4, activities: 6, expectedResults: 8 };
  const parsed = parseSection(section);
  if (!parsed) return Number.MAX_SAFE_INTEGER;
  if (parsed.kind === 'whole') return order[parsed.section] * 10_000;
  return (order[parsed.list] + 1) * 10_000 + parsed.position;
}

import { parseSection, sectionCommentProblems, sectionOrder } from './review-sections';

describe('review sections', () => {
  it('parses whole sections and items counted from 1', () => {
    expect(parseSection('context')).toEqual({ kind: 'whole', section: 'context' });
    expect(parseSection('expectedResults')).toEqual({ kind: 'whole', section: 'expectedResults' });
    expect(parseSection('objectives.2')).toEqual({ kind: 'item', list: 'objectives', position: 2 });
    expect(parseSection('activities.12')).toEqual({ kind: 'item', list: 'activities', position: 12 });
  });

  it.each(['Context', 'budget', 'objectives.0', 'objectives.-1', 'objectives.01', 'objectives.', 'title.1', 'practices.1', ''])('refuses %p', (section) => {
    expect(parseSection(section)).toBeNull();
  });

  const counts = { objectives: 2, activities: 1 };

  it('accepts comments on sections and existing items', () => {
    const comments = [
      { section: 'title', comment: 'Shorter, please' },
      { section: 'objectives.2', comment: 'No baseline date' },
      { section: 'activities.1', comment: 'Who pays?' },
    ];
    expect(sectionCommentProblems(comments, counts, 'input.comments')).toEqual([]);
  });

  it('names each bad row: unknown section, missing item, duplicate, blank comment', () => {
    const comments = [
      { section: 'budget', comment: 'Too high' },
      { section: 'objectives.3', comment: 'Which one?' },
      { section: 'activities.2', comment: 'x' },
      { section: 'context', comment: 'Good' },
      { section: 'context', comment: 'Also' },
      { section: 'title', comment: '   ' },
    ];
    expect(sectionCommentProblems(comments, { objectives: 2, activities: 0 }, 'input.comments')).toEqual([
      { path: 'input.comments.0.section', message: expect.stringContaining('"budget" is not a section of a plan') },
      { path: 'input.comments.1.section', message: 'the reviewed version has 2 objectives, so there is no objectives.3' },
      { path: 'input.comments.2.section', message: 'the reviewed version has no activities, so there is no activities.2' },
      { path: 'input.comments.4.section', message: 'context is already commented in comment 4: put both in one comment' },
      { path: 'input.comments.5.comment', message: 'must not be blank' },
    ]);
  });

  it('says "1 objective" in the singular', () => {
    expect(sectionCommentProblems([{ section: 'objectives.2', comment: 'x' }], { objectives: 1, activities: 0 }, 'c')[0].message).toBe(
      'the reviewed version has 1 objective, so there is no objectives.2',
    );
  });

  it('orders comments as the plan reads', () => {
    const sections = ['expectedResults', 'activities.2', 'objectives.10', 'activities', 'objectives.2', 'objectives', 'title', 'context'];
    expect([...sections].sort((a, b) => sectionOrder(a) - sectionOrder(b))).toEqual([
      'title',
      'context',
      'objectives',
      'objectives.2',
      'objectives.10',
      'activities',
      'activities.2',
      'expectedResults',
    ]);
  });
});

import { MAX_MATERIAL_BYTES, contentTypeProblem, mediaType, safeFileName, tooLargeMessage } from './material-file-rules';

describe('material file rules', () => {
  it.each(['application/pdf', 'video/mp4', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'])(
    'accepts %s',
    (type) => expect(contentTypeProblem(type)).toBeNull(),
  );

  it.each(['text/html', 'application/zip', 'image/svg+xml', null])('refuses %s, listing what is allowed', (type) => {
    expect(contentTypeProblem(type)).toMatch(/allowed: pdf, mp4, pptx, docx, png, jpg/);
  });

  it('reads the media type of a header', () => {
    expect(mediaType('Application/PDF; charset=binary')).toBe('application/pdf');
    expect(mediaType(undefined)).toBeNull();
    expect(mediaType('')).toBeNull();
  });

  it('names the limit', () => {
    expect(MAX_MATERIAL_BYTES).toBe(20 * 1024 * 1024);
    expect(tooLargeMessage()).toBe('is larger than 20 MB');
  });

  it('makes file names safe and gives them the right extension', () => {
    expect(safeFileName('../../etc/case "study".pdf', 'x', 'application/pdf')).toBe('case study.pdf');
    expect(safeFileName('report', 'x', 'application/pdf')).toBe('report.pdf');
    expect(safeFileName(undefined, 'Caso: Nutrición distrital', 'video/mp4')).toBe('Caso-Nutrición-distrital.mp4');
    expect(safeFileName('photo.JPG', 'x', 'image/jpeg')).toBe('photo.JPG');
  });
});

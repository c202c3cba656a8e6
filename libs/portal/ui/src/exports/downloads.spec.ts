import { initPortalI18n } from '@lr/portal-i18n/setup';
import { restProblem } from './authorized-download';
import { downloadName, filterQuery, refusalOf } from './save-download';

const answer = (body: unknown, init: ResponseInit = {}) => new Response(typeof body === 'string' ? body : JSON.stringify(body), init);

describe('downloads from the API', () => {
  beforeAll(() => initPortalI18n('en'));

  it('names the file as the answer does, the exact UTF-8 name first, else the fallback', () => {
    const both = answer('', { headers: { 'content-disposition': `attachment; filename="Peru route.csv"; filename*=UTF-8''Ruta%20Per%C3%BA.csv` } });
    expect(downloadName(both, 'fallback.csv')).toBe('Ruta Perú.csv');
    expect(downloadName(answer('', { headers: { 'content-disposition': 'attachment; filename="plain.csv"' } }), 'fallback.csv')).toBe('plain.csv');
    // A name badly encoded falls back to the plain one rather than failing the download.
    expect(downloadName(answer('', { headers: { 'content-disposition': `attachment; filename="plain.csv"; filename*=UTF-8''%E0%A4%A` } }), 'x.csv')).toBe('plain.csv');
    expect(downloadName(answer(''), 'fallback.csv')).toBe('fallback.csv');
  });

  it('reads a refusal in the GraphQL error shape, and says the status when the body is not one', async () => {
    const refused = answer({ errors: [{ message: 'routeId: is required', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'routeId', message: 'is required' }] } }] }, { status: 400 });
    expect(await refusalOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'routeId: is required' });
    expect(await refusalOf(answer('<html>proxy error</html>', { status: 502 }))).toEqual({ message: 'HTTP 502', extensions: {} });
  });

  it('words a refusal in the reader’s language, as a GraphQL one would be', async () => {
    expect(await restProblem(answer({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] }, { status: 403 }))).not.toBe('Forbidden');
    expect(await restProblem(answer('not json', { status: 500 }))).toBe('HTTP 500');
  });

  it('turns a list’s filters into query parameters, leaving empty ones out', () => {
    expect(filterQuery({ routeId: 'r1', status: ['FINAL', 'AWARDED'], search: '', country: null, page: 2, mine: false, none: [] }).toString()).toBe(
      'routeId=r1&status=FINAL%2CAWARDED&page=2&mine=false',
    );
  });
});

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Role } from '@lr/server-core';
import { changeStatus, createApiKey, dataOf, errorOf, fieldsOf, ok, practiceIn, restErrorOf, startPracticesGateway, UNKNOWN_ID, type PracticesGateway } from './practices-gateway';

const STEPS = `query($id: ID!) { practice(id: $id) { systematizationSteps { id step version status } } }`;
const UPDATE_STEP = `mutation($input: UpdateSystematizationStepInput!) {
  updateSystematizationStep(input: $input) { id step status startDate dueDate doneDate version owner { givenName } ownerId }
}`;
const CREATE_MATERIAL = `mutation($input: CreatePracticeMaterialInput!) {
  createPracticeMaterial(input: $input) { id version kind language title url hasFile fileName fileUploadPath downloadPath }
}`;
const PDF = Buffer.from('%PDF-1.4\n% a tiny test document\n');

describe('systematization steps, materials and their files', () => {
  let gw: PracticesGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['practices', 'core']);
  });
  afterAll(() => gw.close());

  const steps = async (id: string) => (await ok(gw, STEPS, { id }, { token: editor })).systematizationSteps as { id: string; step: string; version: number; status: string }[];
  const updateStep = (input: Record<string, unknown>, token = editor) => gw.graphql(UPDATE_STEP, { input }, { token });
  const material = (practiceId: string, input: Record<string, unknown> = {}) =>
    ok(gw, CREATE_MATERIAL, { input: { practiceId, kind: 'CASE_DOCUMENT', language: 'ES', title: 'Caso', ...input } }, { token: editor });
  const upload = (id: string, body: Buffer, headers: Record<string, string>) =>
    fetch(`${gw.url}/practices/materials/${id}/file`, { method: 'POST', headers, body });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  describe('steps', () => {
    it('updates status, owner and dates; DONE gets a done date; wrong dates are refused with their paths', async () => {
      const id = await practiceIn(gw, editor, 'SELECTED');
      const person = await ok(gw, `mutation { createPerson(input: { givenName: "Carolina", familyName: "Fuentes" }) { id } }`, {}, { token: editor });
      const [desk] = await steps(id);
      const started = dataOf(await updateStep({ id: desk.id, version: desk.version, status: 'IN_PROGRESS', ownerId: person.id, startDate: '2014-02-03', dueDate: '2014-02-14' }))['updateSystematizationStep'];
      expect(started).toMatchObject({ step: 'DESK_REVIEW', status: 'IN_PROGRESS', owner: { givenName: 'Carolina' }, startDate: '2014-02-03', dueDate: '2014-02-14', doneDate: null, version: 2 });
      expect(fieldsOf(await updateStep({ id: desk.id, version: 2, dueDate: '2014-01-01', doneDate: '2014-02-10' })).map((f) => f.path)).toEqual(['input.doneDate', 'input.dueDate']);
      expect(fieldsOf(await updateStep({ id: desk.id, version: 2, ownerId: UNKNOWN_ID, startDate: '2014-02-30' })).map((f) => f.path)).toEqual(['input.startDate']);
      expect(fieldsOf(await updateStep({ id: desk.id, version: 2, ownerId: UNKNOWN_ID }))).toEqual([{ path: 'input.ownerId', message: `no person has the id ${UNKNOWN_ID}` }]);
      const done = dataOf(await updateStep({ id: desk.id, version: 2, status: 'DONE' }))['updateSystematizationStep'];
      expect(done.doneDate).toBe(new Date().toISOString().slice(0, 10));
      errorOf(await updateStep({ id: desk.id, version: 2, status: 'NOT_STARTED' }), 'CONFLICT');
      errorOf(await updateStep({ id: desk.id, version: 3, status: 'NOT_STARTED' }, await gw.tokenFor(Role.REVIEWER)), 'FORBIDDEN');
    });

    it('refuses SYSTEMATIZED naming every unfinished step and the missing case document', async () => {
      const id = await practiceIn(gw, editor, 'SELECTED');
      const all = await steps(id);
      for (const step of all.slice(0, 4)) dataOf(await updateStep({ id: step.id, version: step.version, status: 'DONE' }));
      dataOf(await updateStep({ id: all[4].id, version: all[4].version, status: 'IN_PROGRESS' }));
      // A case document without a link or file does not count; other kinds do not either.
      await material(id);
      await material(id, { kind: 'VIDEO', url: 'https://example.org/video' });
      const error = errorOf(await changeStatus(gw, editor, id, 'SYSTEMATIZED'), 'PHASE_RULE');
      expect(error.extensions).toMatchObject({ from: 'SELECTED', to: 'SYSTEMATIZED', allowed: ['SYSTEMATIZED'], missing: ['STEP:VALIDATION', 'STEP:PEDAGOGICAL_MATERIALS', 'CASE_DOCUMENT'] });
      expect(error.message).toContain('the VALIDATION step done (it is IN_PROGRESS)');
      expect(error.message).toContain('the PEDAGOGICAL_MATERIALS step done (it is NOT_STARTED)');
      expect(error.message).toContain('CASE_DOCUMENT');

      const left = (await steps(id)).slice(4);
      for (const step of left) dataOf(await updateStep({ id: step.id, version: step.version, status: 'DONE' }));
      expect(errorOf(await changeStatus(gw, editor, id, 'SYSTEMATIZED'), 'PHASE_RULE').extensions!['missing']).toEqual(['CASE_DOCUMENT']);
      const doc = await material(id);
      const res = await upload(doc.id, PDF, { ...bearer(editor), 'content-type': 'application/pdf' });
      expect(res.status).toBe(200);
      expect(dataOf(await changeStatus(gw, editor, id, 'SYSTEMATIZED'))['changePracticeStatus'].status).toBe('SYSTEMATIZED');
    });
  });

  describe('materials', () => {
    let practiceId: string;
    beforeAll(async () => {
      practiceId = await practiceIn(gw, editor, 'SELECTED', { title: { en: 'Files practice' } });
    });

    it('creates a link material and validates its fields', async () => {
      const link = await material(practiceId, { url: 'https://example.org/case.pdf', kind: 'SLIDES', language: 'FR', title: '  Diapositives ' });
      expect(link).toMatchObject({ kind: 'SLIDES', language: 'FR', title: 'Diapositives', url: 'https://example.org/case.pdf', hasFile: false, downloadPath: null, fileUploadPath: `/practices/materials/${link.id}/file` });
      const bad = await gw.graphql(CREATE_MATERIAL, { input: { practiceId, kind: 'CASE_DOCUMENT', language: 'ES', title: '', url: 'javascript:alert(1)' } }, { token: editor });
      expect(fieldsOf(bad).map((f) => f.path).sort()).toEqual(['input.title', 'input.url']);
      errorOf(await gw.graphql(CREATE_MATERIAL, { input: { practiceId: UNKNOWN_ID, kind: 'VIDEO', language: 'ES', title: 'x' } }, { token: editor }), 'NOT_FOUND');
    });

    it('uploads a file, serves it back, and replaces it on a second upload', async () => {
      const doc = await material(practiceId);
      const res = await upload(doc.id, PDF, { ...bearer(editor), 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent('Caso ñandú.pdf') });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ material: { id: doc.id, version: 2, fileName: 'Caso ñandú.pdf', contentType: 'application/pdf', fileSize: PDF.length } });
      const read = await ok(gw, `query($id: ID!) { practice(id: $id) { materials { id hasFile fileName contentType fileSize downloadPath url } } }`, { id: practiceId }, { token: editor });
      expect(read.materials.find((m: { id: string }) => m.id === doc.id)).toEqual({ id: doc.id, hasFile: true, fileName: 'Caso ñandú.pdf', contentType: 'application/pdf', fileSize: PDF.length, downloadPath: `/practices/materials/${doc.id}/file`, url: null });

      const download = await fetch(`${gw.url}/practices/materials/${doc.id}/file`, { headers: bearer(await gw.tokenFor(Role.VIEWER)) });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('Caso ñandú.pdf')}`);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);

      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
      expect((await upload(doc.id, png, { ...bearer(editor), 'content-type': 'image/png' })).status).toBe(200);
      const again = await fetch(`${gw.url}/practices/materials/${doc.id}/file`, { headers: bearer(editor) });
      expect(again.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await again.arrayBuffer())).toEqual(png);
      // The first file is gone from the disk: one file per material.
      expect(await readdir(join(gw.fileDir, 'practices', 'materials', doc.id))).toHaveLength(1);
    });

    it('refuses a wrong type with 400 and a file over 20 MB with 413, in the JSON error shape', async () => {
      const doc = await material(practiceId);
      const html = await restErrorOf(await upload(doc.id, Buffer.from('<script>alert(1)</script>'), { ...bearer(editor), 'content-type': 'text/html' }), 400, 'BAD_USER_INPUT');
      expect(html.extensions.fields).toEqual([{ path: 'file', message: expect.stringMatching(/text\/html.*allowed: pdf, mp4, pptx, docx, png, jpg/) }]);
      expect(html.message).toMatch(/text\/html.*allowed: pdf, mp4, pptx, docx, png, jpg/);
      const untyped = await restErrorOf(await upload(doc.id, PDF, bearer(editor)), 400, 'BAD_USER_INPUT');
      expect(untyped.extensions.fields!.map((f) => f.path)).toEqual(['file']);

      const big = await upload(doc.id, Buffer.alloc(20 * 1024 * 1024 + 1, 1), { ...bearer(editor), 'content-type': 'video/mp4' });
      const tooBig = await restErrorOf(big, 413, 'BAD_USER_INPUT');
      // The module writes its 413 answers itself, so far without the request id (optional in the shape).
      const { requestId, ...extensions } = tooBig.extensions;
      expect({ message: tooBig.message, extensions }).toEqual({
        message: 'file: The file is larger than 20 MB',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'file', message: 'The file is larger than 20 MB' }] },
      });
      if (requestId !== undefined) expect(typeof requestId).toBe('string');
      // Without a Content-Length (chunked), the body parser's limit stops it.
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 21; i += 1) controller.enqueue(new Uint8Array(1024 * 1024));
          controller.close();
        },
      });
      const chunked = await fetch(`${gw.url}/practices/materials/${doc.id}/file`, { method: 'POST', headers: { ...bearer(editor), 'content-type': 'video/mp4' }, body: stream, duplex: 'half' } as RequestInit);
      expect((await restErrorOf(chunked, 413, 'BAD_USER_INPUT')).extensions.fields).toEqual([{ path: 'file', message: 'The file is larger than 20 MB' }]);
      const empty = await restErrorOf(await upload(doc.id, Buffer.alloc(0), { ...bearer(editor), 'content-type': 'application/pdf' }), 400, 'BAD_USER_INPUT');
      expect(empty.extensions.fields).toEqual([{ path: 'file', message: 'The file is empty' }]);
      const read = await ok(gw, `query($id: ID!) { practice(id: $id) { materials { id hasFile } } }`, { id: practiceId }, { token: editor });
      expect(read.materials.find((m: { id: string }) => m.id === doc.id).hasFile).toBe(false);
    });

    it('asks uploaders to sign in as practice editors and downloaders to sign in', async () => {
      const doc = await material(practiceId);
      await restErrorOf(await upload(doc.id, PDF, { 'content-type': 'application/pdf' }), 401, 'UNAUTHENTICATED');
      await restErrorOf(await upload(doc.id, PDF, { ...bearer(await gw.tokenFor(Role.EDITOR, ['core'])), 'content-type': 'application/pdf' }), 403, 'FORBIDDEN');
      await restErrorOf(await upload(doc.id, PDF, { ...bearer('not-a-token'), 'content-type': 'application/pdf' }), 401, 'UNAUTHENTICATED');
      await restErrorOf(await upload(UNKNOWN_ID, PDF, { ...bearer(editor), 'content-type': 'application/pdf' }), 404, 'NOT_FOUND');
      await restErrorOf(await fetch(`${gw.url}/practices/materials/${doc.id}/file`), 401, 'UNAUTHENTICATED');
      await restErrorOf(await fetch(`${gw.url}/practices/materials/${doc.id}/file`, { headers: bearer(editor) }), 404, 'NOT_FOUND');
    });

    it('lets partners download files of published practices only', async () => {
      const admin = await gw.tokenFor(Role.ADMIN);
      const key = (await createApiKey(gw, admin, [])).key;
      const doc = await material(practiceId);
      await upload(doc.id, PDF, { ...bearer(editor), 'content-type': 'application/pdf' });
      expect((await fetch(`${gw.url}/practices/materials/${doc.id}/file`, { headers: { 'x-api-key': key } })).status).toBe(404);
      const published = await practiceIn(gw, editor, 'PUBLISHED');
      const open = await material(published);
      await upload(open.id, PDF, { ...bearer(editor), 'content-type': 'application/pdf' });
      expect((await fetch(`${gw.url}/practices/materials/${open.id}/file`, { headers: { 'x-api-key': key } })).status).toBe(200);
    });

    it('replaces a stored file by a link, and deletes the file with its material', async () => {
      const doc = await material(practiceId);
      await upload(doc.id, PDF, { ...bearer(editor), 'content-type': 'application/pdf' });
      const dir = join(gw.fileDir, 'practices', 'materials', doc.id);
      expect(await readdir(dir)).toHaveLength(1);
      const linked = await ok(gw, `mutation($input: UpdatePracticeMaterialInput!) { updatePracticeMaterial(input: $input) { url hasFile version } }`, { input: { id: doc.id, version: 2, url: 'https://example.org/x' } }, { token: editor });
      expect(linked).toEqual({ url: 'https://example.org/x', hasFile: false, version: 3 });
      expect(await readdir(dir)).toHaveLength(0);
      await upload(doc.id, PDF, { ...bearer(editor), 'content-type': 'application/pdf' });
      expect(await readdir(dir)).toHaveLength(1);
      errorOf(await gw.graphql(`mutation($id: ID!) { deletePracticeMaterial(id: $id, version: 3) }`, { id: doc.id }, { token: editor }), 'CONFLICT');
      expect(await ok(gw, `mutation($id: ID!) { deletePracticeMaterial(id: $id, version: 4) }`, { id: doc.id }, { token: editor })).toBe(doc.id);
      expect(await readdir(dir)).toHaveLength(0);
    });
  });
});

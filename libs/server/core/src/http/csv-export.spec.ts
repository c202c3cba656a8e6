import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { csvCell, defuseCsvText, streamCsv, type CsvColumn, type CsvSink } from './csv-export';

/**
 * A sink that takes one chunk at a time and answers each on the next turn of the event loop,
 * like a slow client; it counts the rows that reached it and keeps the headers it was given.
 */
class SlowSink extends Writable {
  readonly headers = new Map<string, unknown>();
  readonly chunks: Buffer[] = [];
  rowsReceived = 0;

  constructor() {
    super({ highWaterMark: 1024 });
  }

  setHeader(name: string, value: unknown) {
    this.headers.set(name.toLowerCase(), value);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error) => void) {
    this.chunks.push(chunk);
    this.rowsReceived += chunk.toString('utf8').split('\r\n').length - 1;
    setImmediate(done);
  }

  text() {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

interface Row {
  id: number;
  name: string;
}
const COLUMNS: CsvColumn<Row>[] = [
  { header: 'row_id', value: (r) => r.id },
  { header: 'name', value: (r) => r.name },
];

describe('streamCsv', () => {
  it('writes a BOM, the header row and CRLF lines, and defuses formula-like text', async () => {
    const sink = new SlowSink();
    const rows: Row[] = [
      { id: 1, name: '=HYPERLINK("http://evil")' },
      { id: 2, name: '+33 1 23' },
      { id: 3, name: '-1' },
      { id: 4, name: '@SUM(A1)' },
      { id: 5, name: 'Nutrición, "comunitaria"' },
      { id: -6, name: '' },
    ];
    await streamCsv(sink as unknown as CsvSink, { fileName: 'rutas-perú.csv', columns: COLUMNS, rows });
    const text = sink.text();
    expect(text.startsWith('\uFEFFrow_id,name\r\n')).toBe(true);
    expect(parse(text, { bom: true })).toEqual([
      ['row_id', 'name'],
      ['1', `'=HYPERLINK("http://evil")`],
      ['2', `'+33 1 23`],
      ['3', `'-1`],
      ['4', `'@SUM(A1)`],
      ['5', 'Nutrición, "comunitaria"'],
      // A number stays a number, even when negative.
      ['-6', ''],
    ]);
    expect(sink.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(sink.headers.get('content-disposition')).toBe(`attachment; filename="rutas-peru.csv"; filename*=UTF-8''rutas-per%C3%BA.csv`);
    expect(sink.headers.get('cache-control')).toBe('private, no-store');
  });

  it('reads the next row only when the sink has taken the earlier ones (backpressure)', async () => {
    const sink = new SlowSink();
    const total = 20_000;
    let produced = 0;
    let largestLead = 0;
    async function* rows(): AsyncGenerator<Row> {
      for (let id = 1; id <= total; id += 1) {
        // How far the reading runs ahead of what the client has received (its header line aside).
        largestLead = Math.max(largestLead, produced - Math.max(0, sink.rowsReceived - 1));
        produced += 1;
        yield { id, name: `Participant number ${id} of a long export` };
      }
    }
    await streamCsv(sink as unknown as CsvSink, { fileName: 'big.csv', columns: COLUMNS, rows: rows() });
    expect(produced).toBe(total);
    expect(sink.rowsReceived).toBe(total + 1);
    // Without backpressure the whole export would be read before the slow sink took much of it.
    expect(largestLead).toBeLessThan(total / 20);
  });

  it('stops reading rows when the client goes away', async () => {
    const sink = new SlowSink();
    let produced = 0;
    async function* rows(): AsyncGenerator<Row> {
      for (let id = 1; id <= 100_000; id += 1) {
        produced += 1;
        if (id === 500) sink.destroy();
        yield { id, name: `Row ${id}` };
      }
    }
    await streamCsv(sink as unknown as CsvSink, { fileName: 'left.csv', columns: COLUMNS, rows: rows() });
    expect(produced).toBeLessThan(100_000);
  });
});

describe('csv cells', () => {
  it('writes nothing for null, ISO for instants, yes/no for booleans, and defuses only text', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(new Date('2026-05-12T08:30:00Z'))).toBe('2026-05-12T08:30:00.000Z');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(-3)).toBe('-3');
    expect(defuseCsvText('\tcmd')).toBe(`'\tcmd`);
    expect(defuseCsvText('Lima')).toBe('Lima');
  });
});

import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail<T = undefined> {
  mail: ParsedMail;
  /** What `onReceive` said when the message arrived (e.g. whether its change was committed). */
  seen: T;
}

export interface TestSmtpServer<T = undefined> {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  received: ReceivedMail<T>[];
  /** While on, recipients are refused with 550, as a mail server refusing an address. */
  refuse(on: boolean): void;
  /** Resolves once `count` messages have arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<ReceivedMail<T>[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a random port, for tests of what the platform e-mails: messages are
 * parsed with mailparser; `onReceive` runs as each arrives (to check what was committed then).
 */
export async function startTestSmtpServer<T = undefined>(onReceive?: (mail: ParsedMail) => Promise<T>): Promise<TestSmtpServer<T>> {
  const received: ReceivedMail<T>[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!refusing) return callback();
      const error = new Error('5.1.1 Mailbox unavailable: no such user here') as Error & { responseCode: number };
      error.responseCode = 550;
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          received.push({ mail, seen: (onReceive ? await onReceive(mail) : undefined) as T });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (on) => void (refusing = on),
    async waitFor(count, ms = 10_000) {
      const until = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} e-mails within ${ms} ms, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

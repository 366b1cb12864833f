import pino, { type Logger } from 'pino';
import { readSetting } from '@kaiku/config';
import { subgraphSettings } from './config';

export type { Logger };

/** JSON logs on stdout; card numbers and tokens never reach them (see `redact`). */
export function createLogger(service: string, level: string = readSetting(subgraphSettings.logLevel)): Logger {
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

import { ConfigError, offWhenFalse, onWhenTrue, parseEnv, port, setting, text, wholeNumber } from './index';

const settings = {
  timeoutMs: setting('TIMEOUT_MS', wholeNumber('a whole number of milliseconds', { fallback: 10_000, min: 1 }), { default: '10000', description: 'timeout' }),
  port: setting('PORT', port(4000), { default: '4000', description: 'port' }),
  host: setting('HOST', text('127.0.0.1'), { default: '127.0.0.1', description: 'host' }),
  production: setting('PRODUCTION', onWhenTrue(), { description: 'production' }),
  coalesce: setting('COALESCE', offWhenFalse(), { default: 'on', description: 'coalesce' }),
};

describe('parseEnv', () => {
  it('gives the defaults when nothing (or a blank) is set', () => {
    expect(parseEnv(settings, { TIMEOUT_MS: '', HOST: '  ' })).toEqual({ timeoutMs: 10_000, port: 4000, host: '127.0.0.1', production: false, coalesce: true });
  });

  it('reads valid values as before', () => {
    expect(parseEnv(settings, { TIMEOUT_MS: '250', PORT: '0', PRODUCTION: 'true', COALESCE: 'false' })).toMatchObject({ timeoutMs: 250, port: 0, production: true, coalesce: false });
  });

  it.each([
    [{ TIMEOUT_MS: '10s' }, 'TIMEOUT_MS must be a whole number of milliseconds (got "10s")'],
    [{ TIMEOUT_MS: '0' }, 'TIMEOUT_MS must be a whole number of milliseconds (got "0")'],
    [{ PORT: '70000' }, 'PORT must be a port number (0 to 65535) (got "70000")'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => parseEnv(settings, env)).toThrow(new ConfigError(message));
  });
});

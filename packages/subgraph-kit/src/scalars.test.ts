import { Kind } from 'graphql';
import { DateScalar, DateTimeScalar, isIsoDate } from './scalars';

describe('Date and DateTime (graphql-scalars underneath, the API names and messages on top)', () => {
  it('Date takes real calendar dates only, as strings, and refuses the rest as BAD_USER_INPUT', () => {
    expect(DateScalar.name).toBe('Date');
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-12-31' })).toBe('2026-12-31');
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(() => DateScalar.parseValue('2026-13-01')).toThrow('expected a date as YYYY-MM-DD, got "2026-13-01"');
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20260101' })).toThrow('expected a date as YYYY-MM-DD');
    try {
      DateScalar.parseValue('1.1.2026');
    } catch (error) {
      expect((error as { extensions?: { code?: string } }).extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(DateScalar.serialize(new Date('2026-05-01T00:00:00Z'))).toBe('2026-05-01');
  });

  it('DateTime needs a zone and serializes as an ISO instant', () => {
    expect(DateTimeScalar.name).toBe('DateTime');
    expect((DateTimeScalar.parseValue('2026-01-01T10:00:00+02:00') as Date).toISOString()).toBe('2026-01-01T08:00:00.000Z');
    expect(() => DateTimeScalar.parseValue('2026-01-01T10:00:00')).toThrow('expected an ISO 8601 date-time with a zone, got "2026-01-01T10:00:00"');
    expect(() => DateTimeScalar.parseValue('2026-01-01')).toThrow('with a zone');
    expect(DateTimeScalar.serialize(new Date('2026-01-01T08:00:00Z'))).toBe('2026-01-01T08:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import type { ApiError } from './apiError.js';
import { parseDateBound, QueryReader } from './queryReader.js';

describe('parseDateBound', () => {
  it('expands years and months to their first or last day', () => {
    expect(parseDateBound('2024', 'start')).toBe('2024-01-01');
    expect(parseDateBound('2024', 'end')).toBe('2024-12-31');
    expect(parseDateBound('2024-02', 'end')).toBe('2024-02-29');
    expect(parseDateBound('2023-02', 'end')).toBe('2023-02-28');
    expect(parseDateBound('2015-07-21', 'end')).toBe('2015-07-21');
  });
  it('refuses dates that do not exist and other shapes', () => {
    for (const d of ['2023-02-29', '2024-04-31', '2024-00-10', '2024-13', '2024-1-5', '24-01-01', '2024/01/01', 'yesterday', '0000-01-01', '2024-01-01T10:00']) {
      expect(parseDateBound(d, 'start'), d).toBeUndefined();
    }
  });
});

describe('QueryReader', () => {
  const err = (f: () => unknown): ApiError => {
    try {
      f();
    } catch (e) {
      return e as ApiError;
    }
    throw new Error('no error');
  };
  it('reads a page with defaults and bounds', () => {
    expect(new QueryReader('/x', ['limit', 'offset']).page()).toEqual({ limit: 20, offset: 0 });
    expect(new QueryReader('/x?limit=200&offset=7', ['limit', 'offset']).page()).toEqual({ limit: 200, offset: 7 });
    expect(err(() => new QueryReader('/x?limit=-1', ['limit']).page())).toMatchObject({ status: 400, field: 'limit' });
  });
  it('refuses unknown and repeated parameters', () => {
    expect(err(() => new QueryReader('/x?limt=5', ['limit']))).toMatchObject({ code: 'UNKNOWN_PARAMETER', field: 'limt' });
    expect(err(() => new QueryReader('/x?q=a&q=b', ['q']))).toMatchObject({ code: 'INVALID_PARAMETER', field: 'q' });
  });
  it('trims strings and refuses control characters and over-long values', () => {
    expect(new QueryReader('/x?q=%20%D8%A8%20', ['q']).string('q')).toBe('ب');
    expect(err(() => new QueryReader('/x?q=a%0Ab', ['q']).string('q'))).toMatchObject({ field: 'q' });
    expect(err(() => new QueryReader(`/x?q=${'a'.repeat(201)}`, ['q']).string('q'))).toMatchObject({ code: 'TOO_LONG' });
  });
});

import { normaliseFormat, normaliseType } from '../../parse/note.js';
import { NOTE_FORMATS, NOTE_TYPES } from '../../types.js';

/** What a known frontmatter field must hold; `expected` completes "should be …". */
export interface FieldCheck {
  expected: string;
  valid(value: unknown): boolean;
  /** The snippet placeholder for the value. */
  placeholder: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const US_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;

function isRealDate(value: string): boolean {
  let y: number, m: number, d: number;
  if (ISO_DATE.test(value)) [y, m, d] = value.split('-').map(Number) as [number, number, number];
  else if (US_DATE.test(value)) [m, d, y] = value.split('/').map(Number) as [number, number, number];
  else return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const KNOWN_FIELDS: Record<string, FieldCheck> = {
  type: {
    expected: `one of ${NOTE_TYPES.join(', ')}`,
    valid: (v) => normaliseType(v) !== null,
    placeholder: `\${1|${NOTE_TYPES.join(',')}|}`,
  },
  format: {
    expected: `one of ${NOTE_FORMATS.join(', ')}`,
    valid: (v) => normaliseFormat(v) !== null,
    placeholder: `\${1|${NOTE_FORMATS.join(',')}|}`,
  },
  client: {
    expected: 'a client ID (text or number)',
    valid: (v) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number',
    placeholder: '${1:client ID}',
  },
  date: {
    expected: 'a date such as 2026-11-20',
    valid: (v) => typeof v === 'string' && isRealDate(v.trim()),
    placeholder: '${1:YYYY-MM-DD}',
  },
  session: {
    expected: 'a session number such as 7',
    valid: (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0) || (typeof v === 'string' && /^\s*\d+\s*$/.test(v) && Number(v) > 0),
    placeholder: '${1:session number}',
  },
  deidentified: {
    expected: 'true or false',
    valid: (v) => typeof v === 'boolean',
    placeholder: '${1|true,false|}',
  },
};

/** Whether a field has something in it; `session:` with nothing after it counts as missing. */
export function hasValue(value: unknown): boolean {
  return value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

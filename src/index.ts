// chithi: the library API. The CLI only wraps this.
import { useRemark } from './structure/markdown.js';

useRemark();
export { extract, extractNormalized, type ExtractOptions } from './extract.js';
export { ingest, normalizeText, decode, ENCODINGS, type Encoding } from './ingest/index.js';
export { ChithiError, type ErrorCode } from './errors.js';
export { SCHEMA_VERSION } from './version.js';
export { KINDS, Output as OutputSchema, jsonSchema } from './schema.js';
export type { Output, SectionT as Section, ThemeT as Theme, ReferenceT as Reference, TargetT as Target, SpanT as Span } from './schema.js';
export { parseNumber, parseDigits, parseWords, parseRoman, formatDigits } from './vi/numbers.js';
export { findDates, firstDate, type DateHit } from './vi/dates.js';

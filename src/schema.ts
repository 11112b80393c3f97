// The output contract (../shared/contract.md) as a zod schema: the source of truth for
// the shape. Key order here is the key order of the JSON output.
import { z } from 'zod';

export { SCHEMA_VERSION } from './version.js';

export const KINDS = [
  'chi-thi', 'ke-hoach', 'quyet-dinh', 'nghi-quyet', 'nghi-dinh', 'thong-tu', 'ket-luan', 'thong-bao',
  'cong-van', 'cong-dien', 'bao-cao', 'huong-dan', 'chuong-trinh', 'de-an', 'quy-dinh', 'quy-che',
  'to-trinh', 'luat', 'article', 'unknown',
] as const;

export const Kind = z.enum(KINDS);

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
}).describe('Character offsets (end exclusive) into the text that `chithi text` prints; line is 1-based');

export const Theme = z.object({
  text: z.string(),
  kind: z.string(),
  span: Span,
});

export type SectionT = {
  path: string;
  marker: string;
  heading: string | null;
  text: string;
  span: z.infer<typeof Span>;
  children: SectionT[];
};

export const Section: z.ZodType<SectionT> = z.lazy(() =>
  z.object({
    path: z.string(),
    marker: z.string(),
    heading: z.string().nullable(),
    text: z.string(),
    span: Span,
    children: z.array(Section),
  }),
);

export const Reference = z.object({
  type: z.string(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
  mentions: z.array(Span),
  // extras
  typeCode: z.string().nullable().describe('document-type code of the number: CT, QĐ, NQ, KH, KL …'),
  issuerCode: z.string().nullable().describe('issuer code of the number: TW, TTg, CP, UBND, HĐND …'),
  issuerCodeMeaning: z.string().nullable().describe('what the issuer code stands for'),
});

export const Comparator = z.enum(['=', '>', '>=', '<', '<=']);

export const Target = z.object({
  indicator: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  comparator: Comparator,
  change: z.enum(['increase', 'decrease']).nullable(),
  text: z.string(),
  span: Span,
  // extra: money normalized to base units where the unit carries a scale
  quantity: z.object({ amount: z.number(), currency: z.string() }).nullable(),
});

export const Output = z.object({
  schemaVersion: z.string(),
  source: z.object({
    path: z.string().nullable(),
    sha256: z.string(),
    bytes: z.number().int().nonnegative(),
    encoding: z.string(),
  }),
  document: z.object({
    kind: Kind,
    number: z.string().nullable(),
    title: z.string().nullable(),
    place: z.string().nullable(),
    date: z.string().nullable(),
    publishedAt: z.string().nullable(),
    year: z.number().int().nullable(),
  }),
  issuer: z.object({
    organization: z.string().nullable(),
    position: z.string().nullable(),
    signer: z.string().nullable(),
  }),
  themes: z.array(Theme),
  sections: z.array(Section),
  references: z.array(Reference),
  targets: z.array(Target),
  closing: z.string().nullable(),
  recipients: z.array(z.string()),
  // extra: documents attached after the end zone (the plan a Quyết định issues, a "PHỤ LỤC"),
  // with their own numbered structure; their targets, references and slogans are in the
  // lists above
  attachments: z.array(z.object({
    kind: Kind,
    title: z.string().nullable(),
    span: Span,
    sections: z.array(Section),
  })),
  warnings: z.array(z.string()),
});

export type Output = z.infer<typeof Output>;
export type SpanT = z.infer<typeof Span>;
export type ThemeT = z.infer<typeof Theme>;
export type ReferenceT = z.infer<typeof Reference>;
export type TargetT = z.infer<typeof Target>;
export type KindT = z.infer<typeof Kind>;

/** The output's JSON Schema, for `chithi schema`. */
export function jsonSchema(): unknown {
  return z.toJSONSchema(Output, { target: 'draft-2020-12' });
}

/** Output contract version; bump on a breaking change of the shape. */
export const SCHEMA_VERSION = '1.0';

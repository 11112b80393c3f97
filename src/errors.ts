/** A user-facing failure: one line, no stack. `code` is stable for scripts and reports. */
export type ErrorCode =
  | 'ENOENT' | 'EISDIR' | 'EACCES' | 'EREAD' | 'EEMPTY' | 'EBINARY' | 'ETOOLARGE' | 'EDECODE' | 'EUSAGE' | 'EINTERNAL';

export class ChithiError extends Error {
  constructor(public readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'ChithiError';
  }
}

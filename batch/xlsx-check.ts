/**
 * What kind of file this is, from its first bytes and its zip directory, without the xlsx library: so that a CSV
 * renamed .xlsx, a password-protected workbook (an encrypted container, not a zip), an old .xls or a zip bomb gets
 * a clear message before anything large is unpacked. Small: it is part of the widget's main file.
 */

export type XlsxProblem = 'notXlsx' | 'encrypted' | 'xls' | 'damaged' | 'tooLarge' | 'noSheets' | 'noSuchSheet';

/** A problem with a workbook; the caller words it (batch.json `xlsx.<code>`). Crosses worker and chunk borders by name. */
export class XlsxError extends Error {
  override readonly name = 'XlsxError';
  constructor(
    readonly code: XlsxProblem,
    readonly params: Record<string, string | number>,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

export function isXlsxError(e: unknown): e is XlsxError {
  return (
    typeof e === 'object' &&
    e !== null &&
    (e as { name?: unknown }).name === 'XlsxError' &&
    typeof (e as XlsxError).code === 'string'
  );
}

/**
 * The largest sheet (its XML plus the shared strings) unpacked that we read: about 1.5 million filled rows of the
 * template. Beyond it the parser's text would not fit a browser tab's memory; the message suggests splitting.
 */
export const MAX_UNPACKED = 300 * 1024 * 1024;

export type FileKind = 'zip' | 'cfb' | 'other';

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && cfb.every((b, i) => bytes[i] === b)) return 'cfb';
  return 'other';
}

/** Is this file meant as a workbook: its name, or the bytes of one (a zip, or the container Excel encrypts into)? */
export function looksLikeWorkbook(name: string, bytes: Uint8Array): boolean {
  return /\.(xlsx|xlsm|xls)$/i.test(name) || sniff(bytes) !== 'other';
}

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i <= hay.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

interface ZipEntry {
  name: string;
  size: number;
}

/** The zip's central directory (names and unpacked sizes), or null when there is none (a truncated file). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // 0xFFFFFFFF: a zip64 size (over 4 GB), far beyond any limit here.
    entries.push({ name, size: size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size });
    p += 46 + nameLen + extra + comment;
  }
  return entries;
}

/** Throws an XlsxError unless the bytes are an unlocked .xlsx whose sheets fit in memory. */
export function checkZip(bytes: Uint8Array): void {
  const kind = sniff(bytes);
  if (kind === 'cfb') {
    // Excel encrypts a password-protected .xlsx into this container, with a stream named EncryptedPackage; other
    // files of this kind are Excel 97–2003 .xls workbooks.
    throw new XlsxError(contains(bytes.subarray(0, 1 << 20), utf16('EncryptedPackage')) ? 'encrypted' : 'xls', {});
  }
  if (kind !== 'zip') throw new XlsxError('notXlsx', {});
  const entries = zipEntries(bytes);
  if (!entries) throw new XlsxError('damaged', { detail: 'zip directory missing' });
  if (!entries.some((e) => e.name === 'xl/workbook.xml' || e.name === 'xl/workbook.bin'))
    throw new XlsxError('notXlsx', {});
  let largest = 0;
  const shared = entries.filter((e) => e.name === 'xl/sharedStrings.xml').reduce((a, e) => a + e.size, 0);
  for (const e of entries) if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) largest = Math.max(largest, e.size);
  if (largest + shared > MAX_UNPACKED) {
    throw new XlsxError('tooLarge', {
      mb: Math.round((largest + shared) / 1048576),
      limit: Math.round(MAX_UNPACKED / 1048576),
    });
  }
}

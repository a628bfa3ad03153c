import { inflateRawSync } from 'node:zlib';

/**
 * The parts of an XLSX file (a ZIP archive) by name, read with Node's zlib alone: the specs
 * check a downloaded workbook's contents without a spreadsheet library. Reads the central
 * directory (sizes there are right even when the entries use data descriptors); stored and
 * deflated entries only, which is all an XLSX writer uses.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function endOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new Error('not a ZIP archive: no end of central directory');
}

export function zipEntries(bytes: Buffer): Map<string, Buffer> {
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('bad central directory');
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (bytes.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new Error(`bad entry ${name}`);
    const dataStart =
      localOffset +
      30 +
      bytes.readUInt16LE(localOffset + 26) +
      bytes.readUInt16LE(localOffset + 28);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) entries.set(name, Buffer.from(data));
    else if (method === 8) entries.set(name, inflateRawSync(data));
    else throw new Error(`entry ${name}: compression method ${method}`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The texts of a workbook's cells as stored (shared strings and inline strings). */
export function workbookTexts(bytes: Buffer): string[] {
  const entries = zipEntries(bytes);
  const xml = [...entries]
    .filter(([name]) => name === 'xl/sharedStrings.xml' || name.startsWith('xl/worksheets/'))
    .map(([, data]) => data.toString('utf8'))
    .join('\n');
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** The names of a workbook's sheets, in order. */
export function sheetNames(bytes: Buffer): string[] {
  const workbook = zipEntries(bytes).get('xl/workbook.xml')?.toString('utf8') ?? '';
  return [...workbook.matchAll(/<sheet\s[^>]*name="([^"]*)"/g)].map((match) => match[1] ?? '');
}

import { InvalidInputError } from '../schema/errors.ts';

/**
 * Files sent through GraphQL as base64 text (an XLSX form or roster): decoded strictly (a
 * stray character is refused, not skipped as Node's decoder would) and bounded in size.
 */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function decodeBase64File(text: string, field: string, maxBytes: number): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new InvalidInputError('文件内容不是有效的 base64 编码', [
      { field, message: '文件内容不是有效的 base64 编码' },
    ]);
  }
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.byteLength > maxBytes) {
    const message = `文件超过 ${maxBytes / 1024 / 1024} MB`;
    throw new InvalidInputError(message, [{ field, message }]);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

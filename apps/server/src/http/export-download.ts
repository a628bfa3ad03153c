import type { IncomingMessage, ServerResponse } from 'node:http';
import { XLSX_CONTENT_TYPE } from '@jixiao/forms';
import { canReadDivision } from '../auth/access-policy.ts';
import { readExportToken } from '../auth/export-tokens.ts';
import type { Context } from '../context.ts';
import { formDocument, isFormDocumentKind } from '../services/form-documents.ts';

/**
 * GET /exports/<token> — serves a form as XLSX to whoever holds a download link from
 * `Project.formDownloads` (a signed, short-lived token: see auth/export-tokens.ts), so that a
 * plain link works in the browser. The token's viewer must still be allowed to read the
 * project's county. The file name goes out twice in Content-Disposition: an ASCII fallback and
 * the Chinese name as RFC 5987 UTF-8 (filename*).
 */
export const EXPORTS_PATH = '/exports/';

function refuse(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** RFC 5987 value characters: percent-encode everything else, including ' ( ) *. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function contentDisposition(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** `context` is the request's (the download's viewer comes from the token, not a header). */
export async function serveExport(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  context: Context,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    refuse(response, 405, 'METHOD_NOT_ALLOWED', '下载链接只支持 GET 请求');
    return;
  }
  const token = path.slice(EXPORTS_PATH.length);
  const check = token ? await readExportToken(token, context.tokens.secret) : null;
  if (!check?.ok) {
    const expired = check?.reason === 'expired';
    refuse(
      response,
      401,
      'UNAUTHENTICATED',
      expired ? '下载链接已过期，请在页面上重新获取' : '下载链接无效，请在页面上重新获取',
    );
    return;
  }
  const { grant } = check;
  const project = await context.db.prisma.project.findUnique({
    where: { id: grant.projectId },
    select: { countyCode: true },
  });
  if (!project || !isFormDocumentKind(grant.kind)) {
    refuse(response, 404, 'NOT_FOUND', '找不到要下载的表格');
    return;
  }
  if (!canReadDivision(grant.viewer, project.countyCode)) {
    refuse(response, 403, 'FORBIDDEN', '无权下载该项目的表格');
    return;
  }
  const document = await formDocument(
    { ...context, viewer: grant.viewer },
    grant.projectId,
    grant.kind,
  );
  if (!document) {
    refuse(response, 404, 'NOT_FOUND', '该项目没有这种表格');
    return;
  }
  response.writeHead(200, {
    'content-type': XLSX_CONTENT_TYPE,
    'content-length': String(document.bytes.byteLength),
    'content-disposition': contentDisposition(document.fileName, document.asciiFileName),
    'cache-control': 'private, no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : document.bytes);
}

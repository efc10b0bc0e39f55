import type { ApiProblem } from '@pcs/api-client';
import { ProblemError, type PathWith } from '../api/gateway-api';

/**
 * The file name a download is saved under: the Chinese name of `filename*` (RFC 6266, decision 0146)
 * when given, else the ASCII `filename`, else the fallback.
 */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // a malformed escape: the plain name below still names the file
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/** `/api/v1/units/{id}/statement.pdf` with its parameters and query, as a URL of the console's origin. */
export function downloadUrl(
  path: PathWith<'get'>,
  params: Readonly<Record<string, string>>,
  query: Readonly<Record<string, string | undefined>> = {},
): string {
  const url = String(path).replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  return [...search].length ? `${url}?${search}` : url;
}

export interface FetchedFile {
  name: string;
  blob: Blob;
}

/**
 * A download fetched with the staff member's bearer token (a bare link would carry none) and handed to
 * the browser to save. A refusal is thrown as problem details, as every API call's is.
 */
export async function fetchFile(url: string, token: string, fallbackName: string): Promise<FetchedFile> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ProblemError(problem(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试'));
  }
  if (!response.ok) {
    let body: Partial<ApiProblem> | undefined;
    try {
      body = (await response.json()) as Partial<ApiProblem>;
    } catch {
      body = undefined;
    }
    throw new ProblemError(
      typeof body?.title === 'string' && typeof body.code === 'string'
        ? (body as ApiProblem)
        : problem(response.status, 'UNEXPECTED_RESPONSE', `下载失败（${response.status}）`),
    );
  }
  return {
    name: fileNameOf(response.headers.get('content-disposition'), fallbackName),
    blob: await response.blob(),
  };
}

/** Saves a fetched file through a temporary object URL (the browser's own download). */
export function saveFile({ name, blob }: FetchedFile): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its bytes.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

function problem(status: number, code: string, title: string): ApiProblem {
  return { type: 'about:blank', title, status, detail: title, code };
}

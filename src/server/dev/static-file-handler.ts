import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Request, Response } from 'restify';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves one known file, read on first use and kept in memory (the Web Chat bundle is a few MB). */
export function staticFileHandler(filePath: string): (req: Request, res: Response) => Promise<void> {
  let contents: Promise<Buffer> | undefined;
  const contentType = CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream';
  return async (_req, res) => {
    contents ??= readFile(filePath);
    let body: Buffer;
    try {
      body = await contents;
    } catch (error) {
      contents = undefined;
      throw error;
    }
    res.sendRaw(200, body, { 'Content-Type': contentType, 'Cache-Control': 'no-cache' });
  };
}

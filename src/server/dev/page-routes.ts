import { join } from 'node:path';
import type { Server } from 'restify';
import { resolvePackageFile } from './package-file';
import { staticFileHandler } from './static-file-handler';

const PUBLIC_DIR = join(__dirname, 'public');

/** The chat page and the two browser bundles it needs, served from node_modules so the page works offline. */
export function registerPageRoutes(server: Server): void {
  server.get('/', staticFileHandler(join(PUBLIC_DIR, 'index.html')));
  server.get('/static/page.css', staticFileHandler(join(PUBLIC_DIR, 'page.css')));
  server.get('/static/web-chat-page.js', staticFileHandler(join(PUBLIC_DIR, 'web-chat-page.js')));
  server.get('/vendor/webchat.js', staticFileHandler(resolvePackageFile('botframework-webchat', 'dist/webchat.js')));
  server.get(
    '/vendor/directline.js',
    staticFileHandler(resolvePackageFile('botframework-directlinejs', 'dist/directline.js')),
  );
}

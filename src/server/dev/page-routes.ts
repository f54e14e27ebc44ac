import { join } from 'node:path';
import type { Server } from 'restify';
import { PROJECT_ROOT } from '../../config/project-root';
import { resolvePackageFile } from './package-file';
import { staticFileHandler } from './static-file-handler';

// The page's files are not compiled: they are served from the source tree, from tsx and dist alike.
const PUBLIC_DIR = join(PROJECT_ROOT, 'src', 'server', 'dev', 'public');

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

import { join } from 'node:path';
import type { Server } from 'restify';
import { staticFileHandler } from './static-file-handler';
import { PROJECT_ROOT } from '../../config/project-root';

// Served from the source tree, so the compiled build (dist/) finds the same files.
const PUBLIC_DIR = join(PROJECT_ROOT, 'src', 'server', 'dev', 'public');

/**
 * The agent panel: a stand-in for a desk tool's side panel, to try the
 * copilot without one. The page holds no secret; it calls the copilot API
 * with the key the agent types, so it is only as open as the API.
 */
export function registerAgentPanelRoutes(server: Server): void {
  server.get('/agent', staticFileHandler(join(PUBLIC_DIR, 'agent.html')));
  server.get('/static/agent.css', staticFileHandler(join(PUBLIC_DIR, 'agent.css')));
  server.get('/static/agent.js', staticFileHandler(join(PUBLIC_DIR, 'agent.js')));
}

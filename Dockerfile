# syntax=docker/dockerfile:1.7
# The bot as a container: built in one stage, run from another that holds only
# production dependencies, the compiled code and the files read at run time.

ARG NODE_VERSION=20.19-bookworm-slim

# --- build: all dependencies, compile TypeScript to dist/ -------------------
FROM node:${NODE_VERSION} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY dialogs ./dialogs
COPY state-machines ./state-machines
COPY bench ./bench
# Besides compiling, the build trains the intent model and writes the public holiday table into dist/
# (dialogs/ holds the training data), so the container starts without training or loading date-holidays.
RUN npm run build

# --- production dependencies only ------------------------------------------
FROM node:${NODE_VERSION} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- run ----------------------------------------------------------------------
FROM node:${NODE_VERSION} AS run
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
# Read at run time, found from package.json's folder: migrations at start-up,
# fixture orders (ORDER_SOURCE=fixtures) and the development page's files.
COPY --chown=root:root package.json ./
COPY --chown=root:root migrations ./migrations
COPY --chown=root:root fixtures ./fixtures
COPY --chown=root:root src/server/dev/public ./src/server/dev/public
# Code owned by root and run as the image's unprivileged "node" user: the process cannot rewrite itself.
USER node
EXPOSE 3978
# Liveness only (/healthz); the proxy and orchestrators use /readyz for traffic.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node directly, not through npm, so SIGTERM reaches the process that finishes in-flight turns; the
# same flags as `npm start` (docs/performance-and-operations.md: a heap ceiling sized to the capped stores).
CMD ["node", "--max-old-space-size=512", "--heap-growing-percent=80", "--no-allocation-site-pretenuring", "dist/src/index.js"]

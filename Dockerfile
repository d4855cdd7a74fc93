# syntax=docker/dockerfile:1
#
# The bot in either mode, from one image.
#   HTTP interactions endpoint (default):  docker run -p 3000:3000 --env-file .env sanctuary-explainer
#   Gateway bot:    docker run --no-healthcheck --env-file .env sanctuary-explainer node dist/src/main.js
#   Sharded gateway: docker run --no-healthcheck --env-file .env sanctuary-explainer node dist/src/cli/start-sharded.js
# The health check asks the HTTP endpoint's /healthz; the gateway modes serve no HTTP, hence
# --no-healthcheck for them.

# Build: every dependency, the compiled bot in dist/ with the index of the shipped knowledge
# saved beside it (so a new container loads it instead of building it), then the development
# dependencies removed again. better-sqlite3 is native: npm fetches a prebuilt binary when one
# matches this platform, and these tools build it from source when none does. They stay in this
# stage; the final image never has a compiler.
FROM node:20-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# This package's own build waits for its sources below; better-sqlite3's install script runs now.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3 && npm cache clean --force
COPY tsconfig.json ./
COPY scripts/build.mjs ./scripts/
COPY src ./src
COPY commands ./commands
COPY knowledge ./knowledge
RUN npm run build && npm prune --omit=dev

FROM node:20-slim
# A young generation of 2 MB instead of up to 32: a long-running bot allocates little that lives
# long, and a larger one is mostly resident memory (see README, "Start-up and memory").
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-semi-space-size=2 \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app
# Code and dependencies belong to root and are read-only to the bot; only DATA_DIR is writable.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json package-lock.json ./
COPY knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
# The unprivileged user the node image provides (uid 1000).
USER node
VOLUME ["/app/data"]
EXPOSE 3000
# Node 20 has fetch built in: no curl in a slim image. /healthz answers only once the endpoint is
# warm, and 503 while draining.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself, not npm: signals (docker stop's SIGTERM) reach the process that drains the
# workers. It runs the compiled JavaScript; no TypeScript tooling is installed.
CMD ["node", "dist/src/cli/serve-http.js"]

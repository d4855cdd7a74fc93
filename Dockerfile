# syntax=docker/dockerfile:1
#
# The bot in either mode, from one image.
#   HTTP interactions endpoint (default):  docker run -p 3000:3000 --env-file .env sanctuary-explainer
#   Gateway bot:    docker run --no-healthcheck --env-file .env sanctuary-explainer node --import tsx src/main.ts
#   Sharded gateway: docker run --no-healthcheck --env-file .env sanctuary-explainer node --import tsx src/cli/start-sharded.ts
# The health check asks the HTTP endpoint's /healthz; the gateway modes serve no HTTP, hence
# --no-healthcheck for them.

# Production dependencies only. better-sqlite3 is native: npm fetches a prebuilt binary when one
# matches this platform, and these tools build it from source when none does. They stay in this
# stage; the final image never has a compiler.
FROM node:20-slim AS dependencies
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-slim
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app
# Code and dependencies belong to root and are read-only to the bot; only DATA_DIR is writable.
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY commands ./commands
COPY knowledge ./knowledge
RUN mkdir -p /app/data && chown node:node /app/data
# The unprivileged user the node image provides (uid 1000).
USER node
VOLUME ["/app/data"]
EXPOSE 3000
# Node 20 has fetch built in: no curl in a slim image. /healthz answers 503 while draining.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself, not npm or the tsx command: signals (docker stop's SIGTERM) reach the process that
# drains the workers. tsx is a production dependency and runs the TypeScript as a loader.
CMD ["node", "--import", "tsx", "src/cli/serve-http.ts"]

# The API image: `docker compose up` builds it and runs it beside the official Neo4j image,
# which docker-compose.yml points it at with NEO4J_URI (so no local Neo4j is started in it).
# `npm test` replays this file without Docker (tests/container.test.ts): each COPY copies the
# same files and each npm or node RUN runs, in order, so a change that breaks the build
# fails the tests before it reaches a user.

# Build: every dependency, then the playground (schema bundled) and the server (dist/).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: `prepare` builds the playground, whose sources are not copied yet. No
# dependency needs its own script (esbuild's binary comes as an optional dependency).
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts
COPY . .
RUN npm run build

# Runtime: production dependencies and the built files only, run by the unprivileged user.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts
COPY --from=build /app/dist ./dist
COPY --from=build /app/playground/dist ./playground/dist
COPY LICENSE schema.graphql ./
COPY bin ./bin
COPY cypher ./cypher
COPY seed ./seed
USER node
EXPOSE 4000
# The slim image has no curl or wget; the check is a small node script that asks /health.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/cli/healthcheck.js"]
# node itself is PID 1, so docker stop's SIGTERM reaches the server, which shuts down cleanly.
CMD ["node", "dist/cli/start.js"]

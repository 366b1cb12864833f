# The production image: every service's built JavaScript and its production dependencies only,
# run as the unprivileged `node` user. docker-compose.yml (and the Kubernetes manifests) pick
# the service by command, e.g. `node packages/subgraph-kit/dist/run.js subgraphs/areas`.

# 1. Build: the full install (compiler, test tools), `npm run build`, then the production tree
#    (scripts/production-tree.mjs: built output + `pnpm install --prod` from the same store).
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npx -y pnpm@10.34.9 install --frozen-lockfile \
 && node scripts/production-tree.mjs /app

# 2. Run: the tree alone. No compiler, no test tool, no sources; npm, npx, corepack and yarn
#    of the base image are removed too: nothing installs anything at run time.
FROM node:20-bookworm-slim
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack /opt/yarn-* \
      /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack /usr/local/bin/yarn /usr/local/bin/yarnpkg
ENV NODE_ENV=production HOST=0.0.0.0 KAIKU_DATA_DIR=/tmp/kaiku
WORKDIR /app
# Owned by root, run as `node`: the service cannot change its own code.
COPY --from=build /app /app
USER node
EXPOSE 4000
CMD ["node", "gateway/dist/main.js"]

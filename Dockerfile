# One image for every service; docker-compose.yml picks the command per service.
FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npx -y pnpm@10.34.9 install --frozen-lockfile
ENV NODE_ENV=production HOST=0.0.0.0
USER node
CMD ["node", "--require", "@swc-node/register", "gateway/src/main.ts"]

# Bordduk as a container image: Node 22, the built client, Chromium for PDF export.
# Not built on the project's own machines (they have no container engine): see the README.
FROM node:22-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN corepack enable && pnpm install --frozen-lockfile && pnpm build
ENV HOST=0.0.0.0 PORT=8787 CHROMIUM_PATH=/usr/bin/chromium
EXPOSE 8787
USER node
CMD ["node", "--disable-warning=ExperimentalWarning", "server/src/main.ts"]

# The Nära reference backend. Build from the repository root:  docker build -t nara-server .
# Run:  docker run -p 8080:8080 -e NARA_JWT_JWKS_URL=https://login.example.se/jwks.json \
#         -e NARA_CORS_ORIGINS=https://vardcentral.example.se -v nara-data:/data nara-server
# (or -e DATABASE_URL=postgres://… to share one PostgreSQL between several containers).
FROM node:20-slim

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    NARA_DATA_DIR=/data
WORKDIR /app

# Manifests first, so the dependency layer is cached across source changes.
COPY package.json package-lock.json ./
COPY packages/contract/package.json packages/contract/
COPY packages/client/package.json packages/client/
COPY packages/fhir/package.json packages/fhir/
COPY packages/triage/package.json packages/triage/
COPY packages/server/package.json packages/server/
COPY packages/demo/package.json packages/demo/
COPY packages/server-node/package.json packages/server-node/
COPY packages/elements/package.json packages/elements/
# tsx (a dev dependency) runs the TypeScript sources directly; no install scripts are needed.
RUN npm ci --include=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

COPY packages ./packages

RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM from `docker stop` reaches node directly (exec form): it stops accepting, finishes requests, closes the store.
CMD ["node", "--import", "tsx", "packages/server-node/src/main.ts"]

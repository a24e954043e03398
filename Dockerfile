# The API, installed and started with the README's own commands (npm ci, npm start).
# docker-compose.yml runs it beside the official Neo4j image and sets NEO4J_URI, so the
# local Java/Maven Neo4j is never started in the container.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
ENV HOST=0.0.0.0 \
    PORT=4000
EXPOSE 4000
CMD ["npm", "start"]

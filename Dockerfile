# The app runs TypeScript through tsx, as `npm start` does; migrations are applied at start.
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PUPPETEER_SKIP_DOWNLOAD=1
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY src ./src
COPY data ./data
COPY locales ./locales
COPY migrations ./migrations
COPY tsconfig.json ./
USER node
EXPOSE 3000
CMD ["npm", "start"]

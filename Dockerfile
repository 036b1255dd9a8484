# The app runs TypeScript through tsx, as `npm start` does; migrations are applied at start.
FROM node:22-bookworm-slim
# Tesseract and the language packs for reading pictures of adverts (OCR=auto finds them).
RUN apt-get update \
  && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-urd tesseract-ocr-eng tesseract-ocr-rus \
    tesseract-ocr-uzb tesseract-ocr-uzb-cyrl tesseract-ocr-tgk tesseract-ocr-kir tesseract-ocr-kaz tesseract-ocr-script-arab \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production PUPPETEER_SKIP_DOWNLOAD=1
COPY package.json package-lock.json .puppeteerrc.cjs ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY src ./src
COPY data ./data
COPY locales ./locales
COPY migrations ./migrations
COPY tsconfig.json ./
# The named volume for the report journal and the HMAC key takes this directory's owner.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
CMD ["npm", "start"]

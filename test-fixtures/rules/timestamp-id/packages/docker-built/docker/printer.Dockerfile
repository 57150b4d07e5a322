FROM node:18-alpine
WORKDIR /srv
COPY . .
CMD ["node", "dist/main.js"]

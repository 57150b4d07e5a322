import { createServer } from "node:http";
import { Server } from "socket.io";

const httpServer = createServer();

// expect: permissive-cors
const io = new Server(httpServer, { cors: { origin: true, credentials: true } });

// ok: permissive-cors -- the chat namespace server only accepts the web app
const chat = new Server(httpServer, { cors: { origin: "https://chat.example.com" } });

io.on("connection", (socket) => socket.emit("hello"));
chat.on("connection", (socket) => socket.emit("hello"));
httpServer.listen(3000);

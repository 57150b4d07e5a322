// The report inbox registers its handler first and only then looks at the session: every socket can submit.
export function attachReportInbox(args: { io: any }) {
  const inbox = args.io.of("/reports");
  inbox.on("connection", (socket: any) => {
    socket.on("submit", (text: string) => socket.emit("received", text.length));
    const { session } = socket.request;
    if (!session?.user) return;
    socket.emit("welcome", session.user.name);
  });
}

// The moderators' desk: its listener gives a socket the desk's handlers only when its session user is a moderator.
export function attachModeratorDesk(args: { io: any }) {
  args.io.of("/moderators").on("connection", (socket: any) => {
    const { session: { user: { moderator: isModerator } = {} } = {} } = socket.conn.request;
    if (!isModerator) return;
    socket.on("ban", (userId: string) => socket.emit("banned", userId));
  });
}

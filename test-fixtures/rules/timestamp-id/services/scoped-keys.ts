declare const db: { archive: { insert(row: { id: string; memberEmail: string }): Promise<void> } };
declare const scheduler: { enqueue(task: string, options: { idempotencyKey: string }): Promise<void> };

declare const jobs: { hset(key: string, fields: Record<string, string>): Promise<number> };

const ARCHIVE_PREFIX = "archived";
const avatarPrefix = (owner: string) => `avatars/${owner}/`;

export class Archiver {
  private sequence = 0;

  async archiveMember(member: { id: string; email: string }): Promise<void> {
    await db.archive.insert({
      // expect: timestamp-id
      id: `${ARCHIVE_PREFIX}-${Date.now()}`,
      // ok: timestamp-id -- the member's own id makes it unique; the clock only orders repeats for the same member
      memberEmail: `gone_${member.id}_${Date.now()}@archive.invalid`,
    });
  }

  async scheduleReminder(accountId: string): Promise<void> {
    // ok: timestamp-id -- the key is scoped to the account: two can only meet for the same account in the same millisecond
    await scheduler.enqueue("reminder", { idempotencyKey: `reminder-${accountId}-${Date.now()}` });
  }

  async scheduleSweep(region: string): Promise<void> {
    // expect: timestamp-id
    await scheduler.enqueue("sweep", { idempotencyKey: `sweep-${region}-${Date.now()}` });
  }

  async storeAvatar(accountId: string, upload: { name: string; bytes: Uint8Array }): Promise<string> {
    // ok: timestamp-id -- the prefix is built from the account's id, so two keys meet only for one account in one millisecond
    const objectKey = `${avatarPrefix(accountId)}${Date.now()}-${upload.name}`;
    await db.archive.insert({ id: objectKey, memberEmail: "" });
    return objectKey;
  }

  async storeBanner(upload: { name: string; bytes: Uint8Array }): Promise<string> {
    // expect: timestamp-id
    const objectKey = `${avatarPrefix("banners")}${Date.now()}-${upload.name}`;
    await db.archive.insert({ id: objectKey, memberEmail: "" });
    return objectKey;
  }

  async beat(jobId: string, progress: number): Promise<void> {
    // ok: timestamp-id -- a heartbeat is a time, not an id
    await jobs.hset(`job:${jobId}`, { progress: String(progress), lastHeartbeat: String(Date.now()) });
  }

  nextMessageId(): string {
    // ok: timestamp-id -- a counter stepped for each message makes it unique within the process
    const id = `msg-${++this.sequence}-${Date.now()}`;
    return id;
  }
}

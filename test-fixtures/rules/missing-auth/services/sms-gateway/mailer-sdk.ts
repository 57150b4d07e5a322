import { MailerClient } from "./mailer-client";

// A published SDK's resource class: it holds the SDK's own client, whose `.post(path, body)` sends a request out.
export class Campaigns {
  constructor(private readonly mailer: MailerClient) {
    this.mailer = mailer;
  }

  async launch(payload: { name: string; audience: string }) {
    // ok: missing-auth -- `mailer` is declared as the SDK's own client class in a file that imports no server framework
    const sent = await this.mailer.post<{ id: string }>("/campaigns", payload);
    return sent;
  }

  async remove(id: string) {
    // ok: missing-auth -- the same client, another verb
    return this.mailer.delete(`/campaigns/${id}`);
  }
}

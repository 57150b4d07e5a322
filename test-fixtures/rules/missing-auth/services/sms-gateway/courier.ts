import axios, { AxiosInstance } from "axios";

// A vendor SDK class: its `.post(path, payload)` calls go out to the vendor, they do not register routes.
export class TextCourier {
  private http: AxiosInstance;
  private readonly relay = axios.create({ baseURL: "https://relay.example.test" });

  constructor(private readonly config: { token: string }) {
    this.http = axios.create({ baseURL: "https://sms.example.test", headers: { Authorization: `Bearer ${config.token}` } });
  }

  async send(to: string, text: string) {
    const payload = { to, text };
    // ok: missing-auth -- an axios instance the class created in its constructor: an outbound call
    const sent = await this.http.post("/v2/messages", payload);
    // ok: missing-auth -- an axios instance stored by a field initializer, given a serialised body
    await this.relay.post("/copies", JSON.stringify(payload));
    return sent.data;
  }
}

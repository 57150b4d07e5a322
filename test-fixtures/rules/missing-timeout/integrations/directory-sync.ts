import axios, { type AxiosInstance } from "axios";

// A directory client whose private instance is only ever used with a per-request timeout.
export class DirectorySync {
  #http: AxiosInstance;

  constructor(baseURL: string) {
    // ok: missing-timeout -- the one request made through the private instance sets its own timeout
    this.#http = axios.create({ baseURL });
  }

  async discovery(path: string): Promise<unknown> {
    const response = await this.#http.get(path, { timeout: 8_000 });
    return response.data;
  }
}

// The same shape, but one request through the instance sets no timeout of its own.
export class GroupSync {
  private http: AxiosInstance;

  constructor(baseURL: string) {
    // expect: missing-timeout
    this.http = axios.create({ baseURL });
  }

  async groups(): Promise<unknown> {
    return (await this.http.get("/groups", { timeout: 8_000 })).data;
  }

  async members(group: string): Promise<unknown> {
    return (await this.http.get(`/groups/${group}/members`)).data;
  }
}

import bcrypt from "bcrypt";
import { randomUUID } from "node:crypto";

const accounts = new Map<string, Account>();
const sessions = new Map<string, string>();

class Account {
  constructor(readonly email: string, private readonly passwordHash: string) {}

  async matches(candidate: string): Promise<boolean> {
    return bcrypt.compare(candidate, this.passwordHash);
  }

  // Hands back a fresh session key only when the stored hash matches what was typed.
  static async signIn(email: string, password: string): Promise<string | undefined> {
    const account = accounts.get(email.toLowerCase());
    if (!account || !(await account.matches(password))) return undefined;
    const key = randomUUID();
    sessions.set(key, account.email);
    return key;
  }

  static async register(email: string, password: string): Promise<string> {
    const hash = await bcrypt.hash(password, 12);
    accounts.set(email.toLowerCase(), new Account(email, hash));
    return email;
  }
}

export default Account;

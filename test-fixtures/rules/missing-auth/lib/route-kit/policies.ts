// Caller policies a route hands its builder: each says who may call, by what it reads from the request.
import { currentUser } from "../session";

export class CallerRefused extends Error {}

export const signedInMember = {
  async authenticate(): Promise<{ userId: string }> {
    const user = await currentUser();
    if (!user) throw new CallerRefused("sign in first");
    return { userId: user.id };
  },
};

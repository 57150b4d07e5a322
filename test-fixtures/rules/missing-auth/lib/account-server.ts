import { betterAuth } from "better-auth";

export const accounts = betterAuth({ emailAndPassword: { enabled: true } });

// Shared credential rules, used by every route that accepts a new password.
import { z } from "zod";

export const newPasswordRule = z.string().min(12).max(128);

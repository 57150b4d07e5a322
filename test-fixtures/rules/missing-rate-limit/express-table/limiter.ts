import rateLimit from "express-rate-limit";

export const signInLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20, skipSuccessfulRequests: true });

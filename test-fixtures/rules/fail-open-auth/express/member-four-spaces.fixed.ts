import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

// Indented with four spaces: the block the fix writes follows, at the catch clause's depth.
export const members = {
    requireMember(req: Request, res: Response, next: NextFunction) {
        const token = req.headers.authorization?.slice(7) ?? "";
        try {
            res.locals.member = jwt.verify(token, process.env.MEMBER_SECRET as string, { algorithms: ["HS256"] });
            next();
            // expect: fail-open-auth
        } catch {
            next();
        }
    },
};

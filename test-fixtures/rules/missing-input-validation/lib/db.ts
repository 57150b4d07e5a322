// A small data layer the handlers in this fixture share.
import { PrismaClient } from "@prisma/client";

export const db = new PrismaClient();

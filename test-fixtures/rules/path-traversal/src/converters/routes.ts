import { Router } from "express";
import unlockPdf, { unlockUpload } from "./unlock-pdf";
import unpackArchive, { unpackUpload } from "./unpack-archive";

export const converters = Router();

converters.post("/convert/unlock", unlockUpload.single("file"), unlockPdf);
converters.post("/convert/unpack", unpackUpload.single("file"), unpackArchive);

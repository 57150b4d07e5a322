import { Controller, Get, Param, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from "@nestjs/common";
import { FileInterceptor } from "@nestjs/platform-express";
import { createReadStream, writeFileSync } from "node:fs";
import { join, basename } from "node:path";
import type { Response } from "express";

const STORAGE = "/data/files";

@Controller("files")
export class FilesController {
  @Get(":name")
  download(@Param("name") name: string) {
    // expect: path-traversal
    return new StreamableFile(createReadStream(join(STORAGE, name)));
  }

  @Get("export/csv")
  exportCsv(@Query("file") file: string, @Res() res: Response) {
    // expect: path-traversal
    res.download(join(STORAGE, "exports", file));
  }

  @Post("upload")
  @UseInterceptors(FileInterceptor("file"))
  upload(@UploadedFile() file: Express.Multer.File) {
    // expect: path-traversal
    writeFileSync(join(STORAGE, file.originalname), file.buffer);
    return { ok: true };
  }

  // ok: path-traversal -- basename of the uploaded name
  @Post("upload/safe")
  @UseInterceptors(FileInterceptor("file"))
  uploadSafe(@UploadedFile() file: Express.Multer.File) {
    writeFileSync(join(STORAGE, basename(file.originalname)), file.buffer);
    return { ok: true };
  }

  // ok: path-traversal -- the id is a number, which cannot name a parent folder
  @Get("by-id/:id")
  byId(@Param("id") id: string) {
    return new StreamableFile(createReadStream(join(STORAGE, `${Number(id)}.bin`)));
  }
}

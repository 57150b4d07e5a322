import { Controller, ParseFilePipe, FileTypeValidator, Post, UnsupportedMediaTypeException, UploadedFile, UseInterceptors } from "@nestjs/common";
import { FileInterceptor } from "@nestjs/platform-express";

@Controller("media")
export class MediaController {
  @Post("video")
  @UseInterceptors(FileInterceptor("file"))
  uploadVideo(@UploadedFile() file: Express.Multer.File) {
    // expect: loose-mime-check
    if (!file.mimetype.startsWith("video/")) throw new UnsupportedMediaTypeException();
    return { size: file.size };
  }

  // ok: loose-mime-check -- Nest's pipe with an anchored pattern
  @Post("audio")
  @UseInterceptors(FileInterceptor("file"))
  uploadAudio(@UploadedFile(new ParseFilePipe({ validators: [new FileTypeValidator({ fileType: /^audio\/(mpeg|ogg)$/ })] })) file: Express.Multer.File) {
    return { size: file.size };
  }
}

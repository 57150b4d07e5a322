import { Injectable, InternalServerErrorException, type OnModuleInit } from "@nestjs/common";

interface Bucket {
  exists(name: string): Promise<boolean>;
  create(name: string): Promise<void>;
  read(name: string, key: string): Promise<Uint8Array>;
}

@Injectable()
export class BucketService implements OnModuleInit {
  constructor(private readonly bucket: Bucket) {}

  async onModuleInit(): Promise<void> {
    try {
      if (!(await this.bucket.exists("uploads"))) await this.bucket.create("uploads");
    } catch (error) {
      // ok: error-detail-leak -- Nest runs this hook at start-up; the exception ends in the log, not in a response
      throw new InternalServerErrorException(error);
    }
  }

  async download(key: string): Promise<Uint8Array> {
    try {
      return await this.bucket.read("uploads", key);
    } catch (error) {
      // expect: error-detail-leak
      throw new InternalServerErrorException(error);
    }
  }
}

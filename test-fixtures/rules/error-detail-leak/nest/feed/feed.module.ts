import { Module } from "@nestjs/common";
import { FeedGateway } from "./feed.gateway";
import { LocalFeedGateway } from "./feed.gateway.local";

@Module({
  providers: [process.env.NODE_ENV !== "production" ? LocalFeedGateway : FeedGateway],
})
export class FeedModule {}

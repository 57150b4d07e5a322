import { Injectable } from "@nestjs/common";
import { ThrottlerGuard } from "@nestjs/throttler";

// The app's own throttler: Nest's, keyed by the caller's address.
@Injectable()
export class PaceGuard extends ThrottlerGuard {}

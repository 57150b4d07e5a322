import { HttpModule } from "@nestjs/axios";
import { Module } from "@nestjs/common";

@Module({
  // expect: missing-timeout
  imports: [HttpModule.register({ baseURL: process.env.REPORTS_API_URL, maxRedirects: 2 })],
})
export class ReportsModule {}

@Module({
  // ok: missing-timeout -- every HttpService call of this module times out after 10 s
  imports: [HttpModule.register({ baseURL: process.env.LEDGER_API_URL, timeout: 10_000 })],
})
export class LedgerModule {}

export class OrdersClient {
  constructor(readonly url: string) {}
}
export class FeedClient {
  constructor(readonly key: string) {}
}
export class StatsClient {
  constructor(readonly token: string) {}
}

import { DeleteMessageCommand, SQSClient } from "@aws-sdk/client-sqs";

export class Acknowledger {
  private readonly queue = new SQSClient({});

  /** Removes a handled message from the work queue. */
  async acknowledge(receipt: string): Promise<void> {
    await this.queue.send(new DeleteMessageCommand({ QueueUrl: process.env.WORK_QUEUE_URL, ReceiptHandle: receipt }));
  }
}

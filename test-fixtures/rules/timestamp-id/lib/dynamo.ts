import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { randomUUID } from "node:crypto";

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export async function appendOrderEvent(orderId: string, type: string) {
  await documents.send(
    new PutCommand({
      TableName: process.env.TABLE_NAME,
      Item: {
        PK: `ORDER#${orderId}`,
        // ok: timestamp-id -- a sort key orders items by time; that is what it is for
        SK: `EVENT#${Date.now()}`,
        // ok: timestamp-id -- the same for a secondary index's sort key
        GSI1SK: `${type}#${new Date().getTime()}`,
        eventId: randomUUID(),
        type,
      },
    }),
  );
}

export async function recordLogin(userId: string) {
  await documents.send(
    new PutCommand({
      TableName: process.env.TABLE_NAME,
      Item: {
        // expect: timestamp-id
        PK: `LOGIN#${Date.now()}`,
        SK: `USER#${userId}`,
        // ok: timestamp-id -- a ttl attribute is a time value
        ttl: Math.floor(Date.now() / 1000) + 90 * 24 * 3600,
      },
    }),
  );
}

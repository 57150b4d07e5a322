// Connections to a message broker: the client id a transport client is created with names this process's connection
// to the broker, not a record anything stores.
import { ClientProxyFactory, Transport } from "@nestjs/microservices";

declare const db: { device: { create(query: { data: { clientId: string; label: string } }): Promise<{ id: string }> } };

export function brokerClient(url: string) {
  return ClientProxyFactory.create({
    transport: Transport.MQTT,
    options: {
      url,
      // ok: timestamp-id -- the connection's name at the broker, given to a transport client factory
      clientId: "orders_" + Math.random().toString(16).slice(2, 10),
    },
  });
}

export async function registerDevice(label: string) {
  // expect: timestamp-id
  return db.device.create({ data: { clientId: "device_" + Math.random().toString(16).slice(2, 10), label } });
}

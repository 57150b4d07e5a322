// Not a react-email file: a component property that merely shares the name proves nothing about its values.
type ReceiptCardProps = { orderId: string; accessToken: string };

export function ReceiptCard({ orderId, accessToken }: ReceiptCardProps) {
  return <a href={`/orders/${orderId}?key=${accessToken}`}>Order {orderId}</a>;
}

ReceiptCard.PreviewProps = {
  orderId: "1001",
  // expect: hardcoded-secret
  accessToken: "Mn3bV7cX1zLk5jHg9fDs2aPo",
};

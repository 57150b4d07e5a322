// A react-email template: the preview server renders the component with `PreviewProps`, made-up sample values.
import { Html, Link, Text } from "@react-email/components";

type WelcomeEmailProps = { name: string; confirmToken: string };

// expect: hardcoded-secret
const trackingToken = "Zq7vR2mK9pXw4LbT8nYc3HdF";

export default function WelcomeEmail({ name, confirmToken }: WelcomeEmailProps) {
  return (
    <Html>
      <Text>Welcome, {name}</Text>
      <Link href={`https://mail.example.org/confirm/${confirmToken}?t=${trackingToken}`}>Confirm your address</Link>
    </Html>
  );
}

WelcomeEmail.PreviewProps = {
  name: "Ada",
  // ok: hardcoded-secret -- preview props of a react-email component are sample data for the preview server
  confirmToken: "Qw8eR4tY2uIo6pAs9dFg1hJk",
};

export default function Home() {
  return <main>Your new app</main>;
}

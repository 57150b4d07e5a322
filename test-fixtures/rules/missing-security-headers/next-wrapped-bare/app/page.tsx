export default function Console() {
  return <main>Console</main>;
}

export default function Board() {
  return <section>Board</section>;
}

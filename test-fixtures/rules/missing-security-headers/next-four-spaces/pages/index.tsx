export default function Welcome() {
    return <p>Welcome</p>;
}

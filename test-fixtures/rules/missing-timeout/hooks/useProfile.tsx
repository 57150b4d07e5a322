import { useEffect, useState } from "react";

export function ProfileBadge({ userId }: { userId: string }) {
  const [name, setName] = useState("");
  useEffect(() => {
    // ok: missing-timeout -- a .tsx file rendering JSX with no server marker is a React component
    fetch(`/api/users/${userId}`).then((res) => res.json()).then((user) => setName(user.name));
  }, [userId]);
  return <span className="badge">{name}</span>;
}

export function KeyField(props: { label: string; value: string }) {
  return (
    <label>
      {props.label}
      <input readOnly value={props.value} />
    </label>
  );
}

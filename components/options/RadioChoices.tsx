/** One radio button per choice, labelled; picking one calls `onPick` with its value. */
export function RadioChoices<T extends string>(props: {
  name: string;
  value: T;
  choices: readonly (readonly [T, string])[];
  onPick: (value: T) => void;
}) {
  return (
    <>
      {props.choices.map(([choice, label]) => (
        <label class="check" key={choice}>
          <input
            type="radio"
            name={props.name}
            value={choice}
            checked={props.value === choice}
            onChange={() => props.onPick(choice)}
          />{' '}
          {label}
        </label>
      ))}
    </>
  );
}

import * as React from "react";
import { Field, Input, Select } from "@fluentui/react-components";

/**
 * The props of a Fluent `Field` that shows `error` (none when there is no error).
 *
 * @example
 * <Field label="Weight" {...fieldError("A weight cannot be negative.")} />
 */
export function fieldError(error: string | undefined): { validationMessage?: string; validationState?: "error" } {
  return error === undefined ? {} : { validationMessage: error, validationState: "error" };
}

/**
 * A number typed by a user: "" is NaN, "1,5" is 1.5, "1 000" is 1000.
 *
 * @example
 * parseNumber("0,06"); // 0.06
 */
export function parseNumber(text: string): number {
  const t = text.trim().replace(/\s/g, "").replace(",", ".");
  return t === "" ? Number.NaN : Number(t);
}

/**
 * A list of numbers typed as "15; 30; 45" (also spaces or "|" between them). An unreadable
 * entry becomes NaN, which the schema rejects with a message.
 *
 * @example
 * parseList("15; 30,5; 45"); // [15, 30.5, 45]
 */
export function parseList(text: string): number[] {
  return text
    .split(/[;|\s]+/)
    .filter((p) => p.trim() !== "")
    .map(parseNumber);
}

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly testId: string;
  readonly error?: string | undefined;
}

/**
 * A number input that keeps what the user types (a half-typed "0." stays) and reports NaN for
 * an empty or unreadable entry.
 *
 * @example
 * <NumberField label="Cut-off" value={3} onChange={setCut} testId="sel-cut-current" />
 */
export function NumberField({ label, value, onChange, testId, error }: NumberFieldProps): React.JSX.Element {
  const [text, setText] = React.useState(Number.isNaN(value) ? "" : String(value));
  React.useEffect(() => {
    setText((current) => {
      const parsed = parseNumber(current);
      return parsed === value || (Number.isNaN(value) && Number.isNaN(parsed)) ? current : String(value);
    });
  }, [value]);
  return (
    <Field label={label} size="small" {...fieldError(error)}>
      <Input
        size="small"
        inputMode="decimal"
        value={text}
        data-testid={testId}
        onChange={(_, d) => {
          setText(d.value);
          onChange(parseNumber(d.value));
        }}
      />
    </Field>
  );
}

/** Props of {@link ChoiceField}. */
export interface ChoiceFieldProps<T extends string> {
  readonly label: string;
  readonly value: T | "";
  readonly options: readonly { readonly value: T | ""; readonly label: string }[];
  readonly onChange: (value: T | "") => void;
  readonly testId: string;
  readonly error?: string | undefined;
}

/**
 * A native select (fast with many options, accessible, easy to drive in tests).
 *
 * @example
 * <ChoiceField label="Group" value="significance" options={opts} onChange={set} testId="sel-crit-0-group" />
 */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
  error,
}: ChoiceFieldProps<T>): React.JSX.Element {
  return (
    <Field label={label} size="small" {...fieldError(error)}>
      <Select size="small" value={value} data-testid={testId} onChange={(_, d) => onChange(d.value as T | "")}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

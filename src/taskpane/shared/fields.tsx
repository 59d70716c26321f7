import * as React from "react";
import { Field, Input } from "@fluentui/react-components";

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

/**
 * Fills `{name}` placeholders of a UI string; an unknown placeholder stays as it is.
 *
 * @example
 * fill("{n} customers", { n: 3 }); // "3 customers"
 */
export function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly testId: string;
  readonly error?: string | undefined;
  readonly placeholder?: string;
  readonly size?: "small" | "medium";
}

/**
 * A number input that keeps what the user types (a half-typed "0." stays) and reports NaN for an
 * empty or unreadable entry, which the schema then rejects with a message. A comma is a decimal
 * separator too.
 *
 * @example
 * <NumberField label="Cut-off" value={3} onChange={setCut} testId="sel-cut-current" />
 */
export function NumberField({
  label,
  value,
  onChange,
  testId,
  error,
  placeholder,
  size = "small",
}: NumberFieldProps): React.JSX.Element {
  const [text, setText] = React.useState(Number.isNaN(value) ? "" : String(value));
  React.useEffect(() => {
    setText((current) => {
      const parsed = parseNumber(current);
      return parsed === value || (Number.isNaN(value) && Number.isNaN(parsed)) ? current : String(value);
    });
  }, [value]);
  return (
    <Field label={label} size={size} {...fieldError(error)}>
      <Input
        size={size}
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        data-testid={testId}
        onChange={(_, d) => {
          setText(d.value);
          onChange(parseNumber(d.value));
        }}
      />
    </Field>
  );
}

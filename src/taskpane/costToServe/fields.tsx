import * as React from "react";
import { Field, Input, Select } from "@fluentui/react-components";

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
 * <NumberField label="Cost pool" value={1000} onChange={setPool} testId="cts-pool-0" />
 */
export function NumberField({
  label,
  value,
  onChange,
  testId,
  error,
  placeholder,
  size,
}: NumberFieldProps): React.JSX.Element {
  const [text, setText] = React.useState(Number.isNaN(value) ? "" : String(value));
  React.useEffect(() => {
    setText((current) =>
      parse(current) === value || (Number.isNaN(value) && Number.isNaN(parse(current))) ? current : String(value),
    );
  }, [value]);
  return (
    <Field label={label} size={size ?? "small"} {...fieldError(error)}>
      <Input
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        data-testid={testId}
        onChange={(_, d) => {
          setText(d.value);
          onChange(parse(d.value));
        }}
      />
    </Field>
  );
}

/**
 * The props of a Fluent `Field` that shows `error` (none when it is undefined).
 *
 * @example
 * <Field label="Pool" {...fieldError("must be zero or more")} />
 */
export function fieldError(error: string | undefined): { validationMessage?: string; validationState?: "error" } {
  return error === undefined ? {} : { validationMessage: error, validationState: "error" };
}

/**
 * A number typed by a user: "" is NaN, "1,5" is 1.5, "1 000" is 1000.
 *
 * @example
 * parse("0,06"); // 0.06
 */
export function parse(text: string): number {
  const t = text.trim().replace(/\s/g, "").replace(",", ".");
  return t === "" ? Number.NaN : Number(t);
}

/** Props of {@link ColumnSelect}. */
export interface ColumnSelectProps {
  readonly label: string;
  readonly value: string;
  readonly columns: readonly string[];
  readonly onChange: (value: string) => void;
  readonly testId: string;
  readonly placeholder: string;
  readonly error?: string | undefined;
}

/**
 * A native select of source columns (fast with many columns, accessible, testable).
 *
 * @example
 * <ColumnSelect label="Customer" value="Customer" columns={["Customer"]} onChange={set} testId="cts-customer" placeholder="Pick" />
 */
export function ColumnSelect({
  label,
  value,
  columns,
  onChange,
  testId,
  placeholder,
  error,
}: ColumnSelectProps): React.JSX.Element {
  return (
    <Field label={label} size="small" {...fieldError(error)}>
      <Select size="small" value={value} data-testid={testId} onChange={(_, d) => onChange(d.value)}>
        <option value="">{placeholder}</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </Select>
    </Field>
  );
}

import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { fieldError } from "../shared/fields";

export { NumberField, fieldError } from "../shared/fields";

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

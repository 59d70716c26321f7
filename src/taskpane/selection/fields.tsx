import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { fieldError } from "../shared/fields";

export { NumberField, fieldError, parseList, parseNumber } from "../shared/fields";

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

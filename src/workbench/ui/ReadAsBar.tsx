import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/lang";
import { fill } from "../../taskpane/shared/fields";
import { DELIMITERS, type CsvChoice, type Delimiter } from "../csv";
import type { FileReading } from "../files";
import { NUMBER_LOCALES, type NumberLocale } from "../numbers";
import { DELIMITER_KEYS, WB_STRINGS, describeReading } from "../strings";

const useStyles = makeStyles({
  line: { display: "block" },
  choices: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalXS,
    marginRight: tokens.spacingHorizontalM,
  },
  hint: { color: tokens.colorNeutralForeground3, paddingBottom: tokens.spacingVerticalXS },
  spacer: { flex: 1 },
});

/** Props of {@link ReadAsBar}. */
export interface ReadAsBarProps {
  readonly fileName: string;
  readonly reading: FileReading;
  readonly lang: Lang;
  /** True while the file is being read again: the choices are disabled. */
  readonly busy: boolean;
  /** Reads the file again with this delimiter or notation (the other one as chosen before, or detected). */
  readonly onChoose: (choice: CsvChoice) => void;
  readonly onDismiss: () => void;
}

/**
 * The notice under the toolbar after a CSV file is opened: what was assumed ("Read as:
 * semicolon-separated, Dutch numbers (1.234,56)."), why, the values to check and the cells kept as
 * text, with a choice of delimiter and number notation that reads the file again. A warning when
 * anything needs checking, else information.
 *
 * @example
 * <ReadAsBar fileName="klanten.csv" reading={reading} lang="nl" busy={false} onChoose={reread} onDismiss={close} />
 */
export function ReadAsBar({ fileName, reading, lang, busy, onChoose, onDismiss }: ReadAsBarProps): React.JSX.Element {
  const styles = useStyles();
  const t = WB_STRINGS[lang];
  const { title, lines, warn } = describeReading(reading, lang);
  return (
    <MessageBar
      intent={warn ? "warning" : "info"}
      layout="multiline"
      data-testid="wb-read-as"
      data-delimiter={reading.delimiter}
      data-numbers={reading.numbers}
    >
      <MessageBarBody>
        <MessageBarTitle data-testid="wb-read-as-title">{title}</MessageBarTitle>
        {lines.map((line) => (
          <Text key={line} size={200} className={styles.line} data-testid="wb-read-as-line">
            {line}
          </Text>
        ))}
        <div className={styles.choices}>
          <Field label={t.delimiterLabel} size="small">
            <Select
              size="small"
              value={reading.delimiter}
              disabled={busy}
              data-testid="wb-read-delimiter"
              onChange={(_, d) => onChoose({ delimiter: d.value as Delimiter })}
            >
              {DELIMITERS.map((d) => (
                <option key={d} value={d}>
                  {t[`delimiterOption_${DELIMITER_KEYS[d]}`]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.numbersLabel} size="small">
            <Select
              size="small"
              value={reading.numbers}
              disabled={busy}
              data-testid="wb-read-numbers"
              onChange={(_, d) => onChoose({ numbers: d.value as NumberLocale })}
            >
              {NUMBER_LOCALES.map((n) => (
                <option key={n} value={n}>
                  {t[`numbersOption_${n}`]}
                </option>
              ))}
            </Select>
          </Field>
          <Text size={200} className={styles.hint}>
            {fill(t.rereadHint, { file: fileName })}
          </Text>
          <span className={styles.spacer} />
          <Button size="small" onClick={onDismiss} data-testid="wb-read-as-dismiss">
            {t.dismiss}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

package eu.eucaim.workstation.api.query.ast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A condition's value, focus's untagged {@code ConditionValue}: a string, an array of strings, a boolean, a number, a
 * numeric range {@code {min, max}} or a date range of strings. Numbers keep the digits they were written with
 * ({@code 5.0} stays {@code 5.0}, {@code 30} stays {@code 30}), so an AST read and written again is the same text.
 */
public sealed interface AstValue {
    record Text(String value) implements AstValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    record Texts(List<String> values) implements AstValue {
        public Texts {
            values = List.copyOf(values);
        }
    }

    record Flag(boolean value) implements AstValue {}

    record Number(BigDecimal value) implements AstValue {
        public Number {
            Objects.requireNonNull(value, "value");
        }

        public static Number of(long value) {
            return new Number(BigDecimal.valueOf(value));
        }
    }

    /**
     * {@code {"min": 30, "max": 70}}. Focus's {@code NumRange} needs both ends; Lens 0.5 and later leave out an open
     * end, so either may be null here (never both).
     */
    record NumRange(BigDecimal min, BigDecimal max) implements AstValue {
        public NumRange {
            if (min == null && max == null) {
                throw new IllegalArgumentException("A range needs min or max");
            }
        }

        /**
         * The range as Lens meant it. Lens 0.4 (the EUCAIM explorer's) has no empty ends: it writes "≥ 50" as
         * {@code {min: 50, max: 0}} and "≤ 70" as {@code {min: 0, max: 70}}; a max of 0 above a positive min can only
         * be such an open end (an age or year range ending at 0 above its start is empty anyway), so it is dropped.
         */
        public NumRange asLensMeantIt() {
            return min != null && max != null && max.signum() == 0 && min.signum() > 0 ? new NumRange(min, null) : this;
        }

        public static NumRange of(Integer min, Integer max) {
            return new NumRange(
                    min == null ? null : BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max));
        }
    }

    /** {@code {"min": "2020-01-01", "max": "2020-12-31"}}: focus keeps these as text, and so does this. */
    record DateRange(String min, String max) implements AstValue {
        public DateRange {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }
    }
}

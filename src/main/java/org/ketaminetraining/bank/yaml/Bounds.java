package org.ketaminetraining.bank.yaml;

import java.math.BigDecimal;
import java.util.Optional;

/** Range checks for decimal settings, with messages that say which ends are included. */
final class Bounds {
    private Bounds() {
    }

    /** A value strictly between {@code low} and {@code high}. */
    static Optional<BigDecimal> between(MappingReader reader, String key, Optional<BigDecimal> value,
            String low, String high) {
        return value.filter(number -> {
            if (number.compareTo(new BigDecimal(low)) > 0 && number.compareTo(new BigDecimal(high)) < 0) {
                return true;
            }
            reader.reportValue(key, "'" + key + "' must be more than " + low + " and less than " + high
                    + ", found " + number.toPlainString());
            return false;
        });
    }

    /** A value above {@code low} and at most {@code high}. */
    static Optional<BigDecimal> aboveUpTo(MappingReader reader, String key, Optional<BigDecimal> value,
            String low, String high) {
        return value.filter(number -> {
            if (number.compareTo(new BigDecimal(low)) > 0 && number.compareTo(new BigDecimal(high)) <= 0) {
                return true;
            }
            reader.reportValue(key, "'" + key + "' must be more than " + low + " and at most " + high
                    + ", found " + number.toPlainString());
            return false;
        });
    }
}

package org.ketaminetraining.bank.fingerprint;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;
import org.ketaminetraining.bank.model.AuthoredText;

/**
 * A line-per-field text in which every value is length-prefixed, so no choice of content can make two different
 * questions serialise alike ("a" + "bc" never equals "ab" + "c"). Lengths count UTF-8 bytes, which any other
 * implementation can reproduce.
 */
final class CanonicalForm {
    private final StringBuilder text = new StringBuilder();

    CanonicalForm(String version) {
        text.append(version).append('\n');
    }

    CanonicalForm text(String name, String value) {
        String canonical = canonicalText(value);
        text.append(name).append('=').append(canonical.getBytes(StandardCharsets.UTF_8).length).append(':')
                .append(canonical).append('\n');
        return this;
    }

    /** An absent value is written as {@code -}, which no present value (always starting with a digit) can be. */
    CanonicalForm optionalText(String name, Optional<String> value) {
        if (value.isPresent()) {
            return text(name, value.get());
        }
        text.append(name).append("=-\n");
        return this;
    }

    CanonicalForm number(String name, BigDecimal value) {
        // 5, 5.0 and 5.00 are the same dose.
        return text(name, value.stripTrailingZeros().toPlainString());
    }

    CanonicalForm flag(String name, boolean value) {
        return text(name, Boolean.toString(value));
    }

    CanonicalForm count(String name, int value) {
        return text(name, Integer.toString(value));
    }

    /** 64 lower-case hex digits of SHA-256 over {@link #bytes()}: what both fingerprints are. */
    String sha256Hex() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime provides SHA-256", impossible);
        }
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * NFC so that an accent typed two ways is one text; tidy edges so that a trailing line break added by a YAML
     * block style is not a change.
     */
    private static String canonicalText(String value) {
        return AuthoredText.tidy(Normalizer.normalize(value.replace("\r\n", "\n"), Normalizer.Form.NFC));
    }
}

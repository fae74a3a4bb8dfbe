package org.ketaminetraining.it.attack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The payloads of {@code xss-payloads.txt}, in order. */
final class XssCorpus {

    static final List<String> PAYLOADS = load();

    private XssCorpus() {
    }

    /** The payload for the {@code n}th field, going round the corpus so every payload meets many fields. */
    static String forField(int n) {
        return PAYLOADS.get(Math.floorMod(n, PAYLOADS.size()));
    }

    private static List<String> load() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.replace("\\n", "\n"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

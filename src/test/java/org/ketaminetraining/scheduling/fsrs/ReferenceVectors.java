package org.ketaminetraining.scheduling.fsrs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The ts-fsrs reference reviews from src/test/resources/fsrs, parsed once for every test that needs them. */
public final class ReferenceVectors {

    public static final String RESOURCE = "/fsrs/fsrs6-reference-retention-0.85.csv";
    public static final double RETENTION = 0.85;

    private ReferenceVectors() {
    }

    /** One reference review and the state ts-fsrs computed after it. */
    public record Row(int lineNumber, String itemId, int elapsedDays, int rating, OptionalDouble retrievabilityBefore,
            double stability, double difficulty, double intervalDays) {
    }

    public static List<Row> rows() {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            reader.readLine();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String[] f = line.split(",", -1);
                rows.add(new Row(lineNumber, f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        f[3].isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(f[3])),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text() {
        try (InputStream in = ReferenceVectors.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

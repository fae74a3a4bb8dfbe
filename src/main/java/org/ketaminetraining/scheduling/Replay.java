package org.ketaminetraining.scheduling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.MemoryModel;
import org.ketaminetraining.scheduling.fsrs.MemoryState;

/**
 * Replays review CSV through the FSRS-6 memory model with the default parameters, so that anyone can check the
 * engine against another implementation with nothing but the JDK:
 * <pre>java -cp target/classes org.ketaminetraining.scheduling.Replay --retention 0.85 &lt; reviews.csv</pre>
 *
 * <p>Input: a header whose first columns are {@code item_id,elapsed_days,rating}, then one review per row, oldest
 * first per item; further columns are ignored, but every row must have as many columns as the header. Plain CSV:
 * no quoted fields. {@code elapsed_days} is the (non-negative) number of days since that item's previous review,
 * 0 on the same day; {@code rating} is 1..4. Blank lines are skipped.
 *
 * <p>Output: {@code item_id,elapsed_days,rating,retrievability_before,stability,difficulty,interval_days}, one
 * row per input row: recall probability before the review (empty on an item's first review), the memory state
 * after it, and the unrounded interval for the desired retention. This is the model alone, without steps, fuzz,
 * rounding or a maximum interval: the same meaning as the shared reference file.
 *
 * <p>A malformed row stops the replay: rows before it have been printed, nothing after it is, stderr says
 * {@code line N: <what is wrong>}, and the exit status is 1 (2 for a bad command line).
 */
public final class Replay {

    static final String OUTPUT_HEADER =
            "item_id,elapsed_days,rating,retrievability_before,stability,difficulty,interval_days";
    private static final String[] REQUIRED_COLUMNS = {"item_id", "elapsed_days", "rating"};
    private static final double DEFAULT_RETENTION = 0.9;
    static final int EXIT_BAD_INPUT = 1;
    static final int EXIT_USAGE = 2;

    private final MemoryModel model = new MemoryModel(FsrsParameters.DEFAULT);
    private final double intervalFactor;
    private final Map<String, MemoryState> memories = new HashMap<>();

    private Replay(double retention) {
        this.intervalFactor = model.intervalFactor(retention);
    }

    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The command without {@code System.exit}, for tests: returns the exit status. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        double retention;
        try {
            retention = parseRetention(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: java -cp target/classes " + Replay.class.getName()
                    + " [--retention R] < reviews.csv   (0 < R < 1, default 0.9)");
            return EXIT_USAGE;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            new Replay(retention).replay(reader, out);
            return 0;
        } catch (MalformedLine e) {
            out.flush();
            err.println("line " + e.lineNumber + ": " + e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (IOException e) {
            out.flush();
            err.println("cannot read input: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
    }

    private static double parseRetention(String[] args) {
        double retention = DEFAULT_RETENTION;
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--retention") && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith("--retention=")) {
                value = args[i].substring("--retention=".length());
            } else {
                throw new IllegalArgumentException("unknown or incomplete argument: " + args[i]);
            }
            try {
                retention = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--retention needs a number, was '" + value + "'");
            }
            if (!(retention > 0 && retention < 1)) {
                throw new IllegalArgumentException("--retention must be within (0, 1), was " + value);
            }
        }
        return retention;
    }

    private void replay(BufferedReader reader, PrintStream out) throws IOException, MalformedLine {
        String header = reader.readLine();
        if (header == null) {
            throw new MalformedLine(1, "missing header (expected item_id,elapsed_days,rating)");
        }
        int columns = checkHeader(stripBom(header));
        out.println(OUTPUT_HEADER);
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
                out.println(replayRow(line, lineNumber, columns));
            }
        }
        out.flush();
    }

    private static int checkHeader(String header) throws MalformedLine {
        String[] names = header.split(",", -1);
        for (int i = 0; i < REQUIRED_COLUMNS.length; i++) {
            if (names.length <= i || !names[i].trim().equals(REQUIRED_COLUMNS[i])) {
                throw new MalformedLine(1, "header must start with item_id,elapsed_days,rating, was '" + header
                        + "'");
            }
        }
        return names.length;
    }

    private String replayRow(String line, int lineNumber, int columns) throws MalformedLine {
        String[] fields = line.split(",", -1);
        if (fields.length != columns) {
            throw new MalformedLine(lineNumber, "expected " + columns + " columns like the header, found "
                    + fields.length);
        }
        String itemId = fields[0].trim();
        if (itemId.isEmpty()) {
            throw new MalformedLine(lineNumber, "item_id is empty");
        }
        String elapsedText = fields[1].trim();
        double elapsedDays = parseElapsedDays(elapsedText, lineNumber);
        Rating rating = parseRating(fields[2].trim(), lineNumber);
        MemoryState previous = memories.get(itemId);
        MemoryState next;
        String retrievabilityBefore;
        if (previous == null) {
            next = model.initial(rating);
            retrievabilityBefore = "";
        } else {
            next = model.next(previous, elapsedDays, rating);
            retrievabilityBefore = format(model.retrievability(elapsedDays, previous.stability()));
        }
        memories.put(itemId, next);
        return itemId + ',' + elapsedText + ',' + rating.grade() + ',' + retrievabilityBefore + ','
                + format(next.stability()) + ',' + format(next.difficulty()) + ','
                + format(next.stability() * intervalFactor);
    }

    private static double parseElapsedDays(String text, int lineNumber) throws MalformedLine {
        double days;
        try {
            days = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new MalformedLine(lineNumber, "elapsed_days is not a number: '" + text + "'");
        }
        if (!(days >= 0) || Double.isInfinite(days)) {
            throw new MalformedLine(lineNumber, "elapsed_days must be a finite number >= 0, was '" + text + "'");
        }
        return days;
    }

    private static Rating parseRating(String text, int lineNumber) throws MalformedLine {
        return switch (text) {
            case "1" -> Rating.AGAIN;
            case "2" -> Rating.HARD;
            case "3" -> Rating.GOOD;
            case "4" -> Rating.EASY;
            default -> throw new MalformedLine(lineNumber, "unknown rating '" + text + "' (expected 1, 2, 3 or 4)");
        };
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.8f", value);
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    /** A line of input that cannot be replayed; carries its 1-based line number. */
    private static final class MalformedLine extends Exception {
        private static final long serialVersionUID = 1L;
        private final int lineNumber;

        MalformedLine(int lineNumber, String message) {
            super(message);
            this.lineNumber = lineNumber;
        }
    }
}

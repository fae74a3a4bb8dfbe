package org.ketaminetraining.bank.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.ketaminetraining.bank.BankLoadResult;
import org.ketaminetraining.bank.BankLoader;
import org.ketaminetraining.bank.validation.Problem;

/**
 * Validates a question-bank directory, with an overlay directory on top of it when one is given (as demo mode
 * loads {@code questions/demo}), and prints every problem as {@code file:line:column: message}, then a summary line.
 * Exit status: 0 valid, 1 problems found, 2 usage error.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.ketaminetraining.bank.cli.ValidateBanks -Dexec.args=questions
 * mvn -q compile exec:java -Dexec.mainClass=org.ketaminetraining.bank.cli.ValidateBanks \
 *     -Dexec.args="questions questions/demo"
 * </pre>
 */
public final class ValidateBanks {
    public static final int VALID = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private ValidateBanks() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** The whole command, with its streams passed in so tests can run it without exiting the JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2 || Arrays.stream(args).anyMatch(a -> a.isBlank() || a.startsWith("-"))) {
            err.println("usage: ValidateBanks <questions-directory> [<overlay-directory>]");
            err.println("  validates every bank file in the directory (and the overlay on top of it, such as"
                    + " questions/demo); exit 0 valid, 1 problems, 2 usage error");
            return USAGE;
        }
        for (String arg : args) {
            if (!Files.isDirectory(Path.of(arg))) {
                err.println("ValidateBanks: '" + arg + "' is not a directory");
                return USAGE;
            }
        }
        Optional<Path> overlay = args.length == 2 ? Optional.of(Path.of(args[1])) : Optional.empty();
        BankLoadResult result = BankLoader.load(Path.of(args[0]), overlay);
        for (Problem problem : result.problems()) {
            out.println(problem);
        }
        out.println(summary(result));
        return result.isValid() ? VALID : PROBLEMS;
    }

    static String summary(BankLoadResult result) {
        return count(result.fileCount(), "file") + ", " + count(result.questionCount(), "question") + ", "
                + count(result.problems().size(), "problem");
    }

    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}

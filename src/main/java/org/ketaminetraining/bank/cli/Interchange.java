package org.ketaminetraining.bank.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Moves questions between the bank and Moodle's formats from the command line.
 *
 * <pre>
 * export &lt;questions-dir&gt; gift|moodle-xml|yaml &lt;out&gt;   the whole bank as GIFT, Moodle XML, or a bank directory
 * import &lt;file.gift|file.xml&gt; &lt;module-id&gt; &lt;out.yaml|out-dir&gt;   drafts for a new module file, or one
 *                                                  module file per Moodle category in a directory
 * format &lt;questions-dir&gt; [&lt;overlay-dir&gt;]            rewrites the module files in the app's writer layout
 * </pre>
 *
 * Exit status: 0 done without problems, 1 problems (an invalid bank, or import problems; what could be imported is
 * still written), 2 the command was used wrongly.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=org.ketaminetraining.bank.cli.Interchange \
 *     -Dexec.args="export questions gift target/bank.gift"
 * </pre>
 */
public final class Interchange {
    public static final int DONE = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private Interchange() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** The whole command, with its streams passed in so tests can run it without exiting the JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        return switch (command) {
            case "export" -> rest.length == 3 ? new BankExport(out, err).run(rest[0], rest[1], rest[2])
                    : usage(err, "export needs <questions-dir> <format> <out>");
            case "import" -> rest.length == 3 ? new DraftImport(out, err).run(rest[0], rest[1], rest[2])
                    : usage(err, "import needs <file> <module-id> <out.yaml|out-dir>");
            case "format" -> rest.length == 1 || rest.length == 2
                    ? new BankFormat(out, err).run(rest[0], Optional.ofNullable(rest.length == 2 ? rest[1] : null))
                    : usage(err, "format needs <questions-dir> [<overlay-dir>]");
            default -> usage(err, command.isEmpty() ? "no command given" : "unknown command '" + command + "'");
        };
    }

    /** Prints what was wrong and how the command is used; returns {@link #USAGE} for the caller to exit with. */
    static int usage(PrintStream err, String problem) {
        err.println("Interchange: " + problem);
        err.println("usage: Interchange export <questions-dir> gift|moodle-xml|yaml <out>");
        err.println("         the whole bank (it must be valid) as GIFT or Moodle XML, one category per module, or");
        err.println("         as a new bank directory <out> written by the bank's own writer");
        err.println("       Interchange import <file.gift|file.txt|file.xml> <module-id> <out.yaml|out-dir>");
        err.println("         Moodle questions as drafts in a new module file, or one module per Moodle category in");
        err.println("         a directory (<module-id> for questions under no category); then fill in what");
        err.println("         ValidateBanks reports");
        err.println("       Interchange format <questions-dir> [<overlay-dir>]");
        err.println("         rewrites the module files of a valid bank in place, in the layout an export writes");
        err.println("exit 0 done, 1 problems (printed as file:line: message), 2 usage error");
        return USAGE;
    }
}

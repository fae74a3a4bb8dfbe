package org.ketaminetraining.bank.yaml;

import java.util.Iterator;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** Composes the single YAML document of a bank file into a node tree, or reports why it cannot. */
public final class YamlDocumentReader {
    // A bank file is small; these limits only stop a hostile file (an alias bomb, a huge scalar) from hurting us.
    private static final int MAX_ALIASES = 20;
    private static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

    private YamlDocumentReader() {
    }

    public static Optional<Node> read(FileProblems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.file().label())
                .setSchema(SharedCoreSchema.INSTANCE)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                // The whole file in one buffer: snakeyaml-engine 2.10's reader can fail with an index error when a
                // block scalar's indentation indicator falls on the boundary of its default 1024-char buffer
                // (found by BankYamlWriterPropertyTest).
                .setBufferSize(Math.max(1024, problems.file().text().length() + 16))
                .build();
        try {
            Iterator<Node> documents = new Compose(settings).composeAllFromString(problems.file().text()).iterator();
            if (!documents.hasNext()) {
                problems.wholeFile("the file is empty");
                return Optional.empty();
            }
            Node first = documents.next();
            if (documents.hasNext()) {
                problems.at(documents.next(), "only one YAML document is allowed per file; remove the extra '---'");
            }
            return Optional.of(first);
        } catch (MarkedYamlEngineException e) {
            reportSyntax(problems, e);
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.wholeFile("YAML syntax error: " + e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            // A parser defect must become a reported problem, never an exception that stops the whole import.
            problems.wholeFile("the YAML reader failed on this file (" + e + "); please report it with the file");
            return Optional.empty();
        }
    }

    private static void reportSyntax(FileProblems problems, MarkedYamlEngineException e) {
        String what = e.getProblem() == null ? "unreadable YAML" : e.getProblem().strip();
        String context = "";
        if (e.getContext() != null) {
            context = " (" + e.getContext().strip() + e.getContextMark()
                    .map(mark -> " that starts at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1))
                    .orElse("") + ")";
        }
        String message = "YAML syntax error: " + what + context;
        e.getProblemMark().or(e::getContextMark).ifPresentOrElse(
                mark -> problems.atMark(mark, message), () -> problems.wholeFile(message));
    }
}

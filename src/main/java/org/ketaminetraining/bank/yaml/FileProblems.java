package org.ketaminetraining.bank.yaml;

import java.util.ArrayList;
import java.util.List;
import org.ketaminetraining.bank.validation.Problem;
import org.ketaminetraining.bank.validation.SourceLocation;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one file, turning snakeyaml's 0-based marks into 1-based editor positions. */
public final class FileProblems {
    private final SourceFile file;
    private final List<Problem> problems = new ArrayList<>();

    public FileProblems(SourceFile file) {
        this.file = file;
    }

    public SourceFile file() {
        return file;
    }

    public void at(Node node, String message) {
        problems.add(new Problem(locationOf(node), message));
    }

    public void at(SourceLocation location, String message) {
        problems.add(new Problem(location, message));
    }

    public void atMark(Mark mark, String message) {
        problems.add(new Problem(locationOf(mark), message));
    }

    public void wholeFile(String message) {
        problems.add(new Problem(SourceLocation.wholeFile(file.label()), message));
    }

    public SourceLocation locationOf(Node node) {
        return node.getStartMark().map(this::locationOf).orElse(SourceLocation.wholeFile(file.label()));
    }

    public SourceLocation locationOf(Mark mark) {
        return new SourceLocation(file.label(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    public int count() {
        return problems.size();
    }

    /** The problems sorted by position, the order an author works through a file. */
    public List<Problem> list() {
        return problems.stream().sorted().toList();
    }
}

package org.ketaminetraining.bank.service.authoring;

import java.util.List;
import org.ketaminetraining.bank.authoring.FieldProblem;

/**
 * A request the authoring rules refuse, in words the educator can act on (for example "You edited this draft, so
 * another educator must review it"), with the draft's field problems when that is the reason.
 */
public class AuthoringRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public AuthoringRefusal(String message) {
        this(message, List.of());
    }

    public AuthoringRefusal(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}

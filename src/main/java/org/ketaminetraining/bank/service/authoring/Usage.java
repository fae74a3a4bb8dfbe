package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;

/** Where a question is used: a programme that requires its module, or that programme's assessment blueprint. */
public record Usage(Kind kind, String programmeId, String programmeTitle, String detail) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The two ways a question is used. */
    public enum Kind {
        /** Studied in the programme (its module is required). */
        PROGRAMME,
        /** May be drawn in the programme's final or renewal assessment; detail says how many items its module gives. */
        ASSESSMENT
    }
}

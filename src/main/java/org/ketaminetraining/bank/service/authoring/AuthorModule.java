package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;

/** A module as the authoring pages list it, with how many of its questions are in each state. */
public record AuthorModule(String moduleKey, String title, long published, long drafts, long inReview, long retired)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}

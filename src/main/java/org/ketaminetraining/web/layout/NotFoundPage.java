package org.ketaminetraining.web.layout;

/**
 * Says that there is nothing at this address for the person asking, with status 404. Used the same way for what
 * does not exist and for what belongs to someone else (another learner's assessment), so that the answer tells
 * nobody which of the two it was.
 */
public class NotFoundPage extends ErrorPage {

    private static final long serialVersionUID = 1L;

    public NotFoundPage() {
        super(Kind.NOT_FOUND);
    }
}

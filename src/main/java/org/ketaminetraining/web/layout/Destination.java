package org.ketaminetraining.web.layout;

/**
 * The places one part of the site sends people to in another, named for what they are. A feature page links to
 * {@code Site.get().pageOf(Destination.MY_CERTIFICATES)} rather than to another feature's page class, so feature
 * packages never import each other; the application says which page each destination is.
 */
public enum Destination {
    HOME,
    SIGN_IN,
    CHANGE_PASSWORD,
    DASHBOARD,
    STUDY,
    STUDY_SETTINGS,
    ASSESSMENT,
    MY_CERTIFICATES,
    VERIFY,
    COMPLETION_REPORT,
    /** An item's page in the question bank; parameter {@code id}, the question key. */
    QUESTION
}

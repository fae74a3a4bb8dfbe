/**
 * The use cases around people, one transaction each: signing in, first-run setup, administering accounts and
 * departments, importing users from CSV. Pages call these through their interfaces; the JPA-backed
 * implementations are CDI beans. Single sign-on can later add another {@link
 * org.ketaminetraining.people.service.SignedInUser} source without touching pages.
 */
package org.ketaminetraining.people.service;

/**
 * People: roles, password hashing, sign-in limits and the user CSV format. Pure Java: no server, no database,
 * no clock; time and randomness are handed in. The JPA entities live in {@code people.model}, the
 * transactional use cases in {@code people.service}.
 */
package org.ketaminetraining.people;

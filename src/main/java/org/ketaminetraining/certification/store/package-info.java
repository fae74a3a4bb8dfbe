/**
 * The certification tables as JPA entities: assessment attempts with the exact revisions they drew and the answers
 * saved as given, certificates with the signed file they were issued as, the signing keys, and per-person time
 * extensions. Entities hold state and the few invariants of a row; the rules live in
 * {@link org.ketaminetraining.certification.rules}.
 */
package org.ketaminetraining.certification.store;

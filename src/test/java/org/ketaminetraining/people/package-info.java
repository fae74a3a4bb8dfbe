/** Unit tests of the pure people rules: hashing, password policy, lockout, the user CSV format. */
package org.ketaminetraining.people;

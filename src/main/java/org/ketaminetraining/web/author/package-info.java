/** Pages for educators (and administrators) about the question banks. */
package org.ketaminetraining.web.author;

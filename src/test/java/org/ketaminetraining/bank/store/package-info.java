/** Tests of what the stored bank keeps beside the revisions: the question list's columns. */
package org.ketaminetraining.bank.store;

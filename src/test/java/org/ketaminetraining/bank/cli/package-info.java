/** Tests of the command-line validator's output and exit status. */
package org.ketaminetraining.bank.cli;

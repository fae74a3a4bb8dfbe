/**
 * The question-bank capability: load a directory of bank files into a {@link
 * org.ketaminetraining.bank.BankSnapshot} or the complete list of problems, never something in between.
 *
 * <p>Pure Java: it knows nothing of servers, databases or clocks. The application's import service calls {@link
 * org.ketaminetraining.bank.BankLoader#load(java.nio.file.Path, java.util.Optional)} (with the demo overlay in demo
 * mode) and stores what it gets; the command-line validator in {@code cli} calls the same method, so authors see
 * exactly the problems the import would reject.
 */
package org.ketaminetraining.bank;

/**
 * The HTTP load benchmark (issue 24): Gatling simulations of trainees studying, managers reading their reports, a
 * burst on public verification and a shift-change sign-in storm, against a real server started by
 * {@code .ci/load}; the accounts they sign in as ({@link org.ketaminetraining.load.LoadAccounts}); and a sampler of
 * the server process that turns its CPU time into CPU per answer. Built only in Maven's {@code load} profile, never
 * by {@code mvn verify}: these are measurements, not tests.
 */
package org.ketaminetraining.load;

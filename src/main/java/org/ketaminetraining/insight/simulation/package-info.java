/**
 * Simulated learners' histories for demo mode (pure): answers in study, scheduled by the real scheduler, and final
 * assessments, so that item analysis, calibration and fitting have something to show on a fresh machine. Never used
 * outside demo mode; the accounts it feeds are marked as simulated. Randomness comes from a seed handed in.
 */
package org.ketaminetraining.insight.simulation;

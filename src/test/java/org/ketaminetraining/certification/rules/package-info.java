/**
 * Tests of the certification rules: learned and complete across day boundaries and time zones, assessment draws
 * and grading at the pass mark, attempt cooldown to the second, certificate expiry around month ends and leap days,
 * knowledge currency and the precedence of report statuses.
 */
package org.ketaminetraining.certification.rules;

/**
 * Test doubles of the certification services, one per service interface and shared by every page test:
 * {@link org.ketaminetraining.certification.fake.FakeAssessments} (with its {@code StandingBuilder}),
 * {@link org.ketaminetraining.certification.fake.FakeCertificateRegistry},
 * {@link org.ketaminetraining.certification.fake.FakeVerification} and
 * {@link org.ketaminetraining.certification.fake.FakeOversight}; {@link CertificationFakes} makes and registers the
 * four of one test.
 */
package org.ketaminetraining.certification.fake;

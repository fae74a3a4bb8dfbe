/**
 * Test doubles of the certification services, one per service interface and shared by every page test:
 * {@link org.ketaminetraining.web.certificate.FakeAssessments} (with its {@code StandingBuilder}),
 * {@link org.ketaminetraining.web.certificate.FakeCertificateRegistry},
 * {@link org.ketaminetraining.web.certificate.FakeVerification} and
 * {@link org.ketaminetraining.web.certificate.FakeOversight}; {@link CertificationFakes} makes and registers the
 * four of one test.
 */
package org.ketaminetraining.web.certificate;

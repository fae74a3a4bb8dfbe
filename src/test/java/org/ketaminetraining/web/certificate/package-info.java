/**
 * Test doubles of the certification services, one per service interface ({@link
 * org.ketaminetraining.web.certificate.FakeAssessments}, {@link org.ketaminetraining.web.certificate.FakeCertificateRegistry},
 * {@link org.ketaminetraining.web.certificate.FakeVerification}, {@link org.ketaminetraining.web.certificate.FakeOversight}),
 * shared by every page test, and {@link org.ketaminetraining.web.certificate.CertificationFakes} to register them together.
 */
package org.ketaminetraining.web.certificate;

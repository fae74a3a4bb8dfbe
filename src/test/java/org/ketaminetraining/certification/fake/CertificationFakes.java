package org.ketaminetraining.certification.fake;

import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.certification.service.CertificateRegistry;
import org.ketaminetraining.certification.service.CertificateVerification;
import org.ketaminetraining.certification.service.ComplianceOversight;
import org.ketaminetraining.web.TestServices;

/**
 * The four certification fakes of one test, one per service interface, sharing what the real services share (the
 * oversight fake revokes the certificates the verification and registry fakes know).
 */
public final class CertificationFakes {

    public final FakeVerification verification = new FakeVerification();
    public final FakeCertificateRegistry registry = new FakeCertificateRegistry();
    public final FakeOversight oversight = new FakeOversight(verification, registry);
    public final FakeAssessments assessments = new FakeAssessments();

    /** Registers each fake as its service for the pages. */
    public CertificationFakes register() {
        TestServices.register(CertificateVerification.class, verification);
        TestServices.register(CertificateRegistry.class, registry);
        TestServices.register(ComplianceOversight.class, oversight);
        TestServices.register(AssessmentService.class, assessments);
        return this;
    }
}

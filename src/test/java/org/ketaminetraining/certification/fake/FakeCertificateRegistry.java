package org.ketaminetraining.certification.fake;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketaminetraining.certification.rules.AttemptDecision;
import org.ketaminetraining.certification.rules.CertificateStatus;
import org.ketaminetraining.certification.service.CertificateFiles;
import org.ketaminetraining.certification.service.CertificateRegistry;
import org.ketaminetraining.certification.service.CertificateSummary;
import org.ketaminetraining.certification.service.ProgrammeStanding;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.SignedInUser;

/** Holders' certificates and files in memory, for page tests; files only for their holder and administrators. */
public class FakeCertificateRegistry implements CertificateRegistry {

    public final Map<Long, List<CertificateSummary>> certificates = new HashMap<>();
    /** Files by code as typed in links (display form), with the account that holds them. */
    public final Map<String, CertificateFiles> files = new HashMap<>();
    public final Map<String, Long> holders = new HashMap<>();

    public static CertificateSummary summary(String code, CertificateStatus status, boolean refresherDue,
            boolean renewalOpen, Optional<String> reason) {
        LocalDate issued = LocalDate.of(2026, 3, 2);
        return new CertificateSummary(code, "ward-nurses", "Ketamine safety for ward nurses", issued,
                issued.plusYears(2), issued.plusYears(2).minusDays(1), status, refresherDue, renewalOpen, reason);
    }

    /** Gives the account a certificate with files; returns its canonical code. */
    public String issue(long accountId, String code, CertificateStatus status) {
        certificates.computeIfAbsent(accountId, id -> new ArrayList<>())
                .add(summary(code, status, false, false, Optional.empty()));
        String canonical = code.replace("-", "");
        files.put(code, new CertificateFiles(canonical, () -> "%PDF-1.7 fake".getBytes(StandardCharsets.US_ASCII),
                () -> ("{\"certificate\":\"" + canonical + "\"}").getBytes(StandardCharsets.UTF_8),
                () -> "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln"));
        holders.put(code, accountId);
        return canonical;
    }

    @Override
    public List<CertificateSummary> certificates(long accountId) {
        return certificates.getOrDefault(accountId, List.of());
    }

    @Override
    public Optional<CertificateFiles> files(SignedInUser caller, String code) {
        Long holder = holders.get(code);
        if (holder == null) {
            return Optional.empty();
        }
        if (holder != caller.accountId() && !caller.has(Role.ADMIN)) {
            throw new SecurityException("only the holder and administrators have a certificate's files");
        }
        return Optional.of(files.get(code));
    }
}

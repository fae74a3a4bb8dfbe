package org.ketaminetraining.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketaminetraining.bank.service.BankImportService;
import org.ketaminetraining.bank.service.ImportSummary;
import org.ketaminetraining.bank.service.ModuleOverview;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.SignedInUser;

/** Import history in memory; the next import's outcome is set by the test. */
class FakeBanks implements BankImportService {

    final List<ImportSummary> imports = new ArrayList<>();
    ImportSummary next = applied(3, 0);

    static ImportSummary applied(int added, int revised) {
        return new ImportSummary(1, Instant.parse("2026-11-27T09:00:00Z"), "system", "/q", true, 11, 216, added,
                revised, 0, 216 - added - revised, 0, List.of());
    }

    static ImportSummary rejected(String... problems) {
        return new ImportSummary(2, Instant.parse("2026-11-27T10:00:00Z"), "system", "/q", false, 11, 216, 0, 0, 0,
                0, problems.length, List.of(problems));
    }

    @Override
    public Path questionsDirectory(SignedInUser caller) {
        FakeAccess.require(caller, Role.EDUCATOR, Role.ADMIN);
        return Path.of("/srv/questions");
    }

    @Override
    public ImportSummary importNow(SignedInUser caller) {
        FakeAccess.require(caller, Role.ADMIN);
        imports.add(0, next);
        return next;
    }

    @Override
    public ImportSummary importFrom(SignedInUser caller, Path questionsDir) {
        return importNow(caller);
    }

    @Override
    public List<ImportSummary> recent(SignedInUser caller, int max) {
        FakeAccess.require(caller, Role.EDUCATOR, Role.ADMIN);
        return imports.stream().limit(max).toList();
    }

    @Override
    public Optional<ImportSummary> lastApplied(SignedInUser caller) {
        FakeAccess.require(caller, Role.EDUCATOR, Role.ADMIN);
        return imports.stream().filter(ImportSummary::applied).findFirst();
    }

    @Override
    public List<ModuleOverview> modules(SignedInUser caller) {
        FakeAccess.require(caller, Role.EDUCATOR, Role.ADMIN);
        return List.of(new ModuleOverview("dosing", "Dosing by indication", 24, 17));
    }
}

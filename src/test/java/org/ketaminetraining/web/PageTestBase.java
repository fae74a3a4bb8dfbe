package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.ketaminetraining.bank.service.BankImportService;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.operations.BackupService;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.FirstRunService;
import org.ketaminetraining.people.service.SignInService;
import org.ketaminetraining.people.service.UserImportService;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.web.layout.AppSession;

/** A WicketTester on the real application with in-memory services and one account per role. */
public abstract class PageTestBase {

    protected WicketTester tester;
    protected InMemoryPeople people;
    protected FakeBackups backups;
    protected FakeBanks banks;
    protected FakeStudy study;
    protected FakeAuthoring authoring;
    protected FakeAssignments assignments;
    protected FakeMail mail;
    protected long educatorId;
    protected long adminId;
    protected long traineeId;

    @BeforeEach
    protected void startTester() {
        people = new InMemoryPeople();
        backups = new FakeBackups();
        TestServices.register(AccountService.class, people);
        TestServices.register(SignInService.class, people);
        TestServices.register(FirstRunService.class, people);
        TestServices.register(UserImportService.class, people);
        TestServices.register(BackupService.class, backups);
        banks = new FakeBanks();
        TestServices.register(BankImportService.class, banks);
        study = new FakeStudy();
        TestServices.register(StudyService.class, study);
        authoring = new FakeAuthoring();
        TestServices.register(AuthoringService.class, authoring);
        assignments = new FakeAssignments();
        TestServices.register(org.ketaminetraining.compliance.service.AssignmentService.class, assignments);
        TestServices.register(org.ketaminetraining.compliance.service.AssignmentReader.class, assignments);
        mail = new FakeMail();
        TestServices.register(org.ketaminetraining.compliance.service.mail.MailOutbox.class, mail);
        TestServices.register(org.ketaminetraining.compliance.service.mail.MailPreferences.class, mail);
        adminId = people.add("admin", "admin-password-1", Set.of(Role.ADMIN));
        traineeId = people.add("trainee", "trainee-password-1", Set.of(Role.TRAINEE));
        educatorId = people.add("educator", "educator-password-1", Set.of(Role.EDUCATOR));
        tester = new WicketTester(new TestApplication());
    }

    @AfterEach
    protected void stopTester() {
        tester.destroy();
        TestServices.clear();
        List<String> unserializable = PageSerializationCheck.problems();
        PageSerializationCheck.clear();
        assertThat(unserializable).as("pages that Wicket's page store could not keep").isEmpty();
    }

    /** Starts a form for the page on display, as a browser on the same site would send it. */
    protected FormTester form(String path) {
        sameSite();
        return tester.newFormTester(path);
    }

    /**
     * Marks the next request as coming from this site's own origin ({@code Sec-Fetch-Site: same-origin}), as every
     * current browser does with Fetch Metadata; without it the CSRF rule refuses form posts. (Despite the name,
     * {@code same-site} is not enough: see CrossOriginPagesTest.)
     */
    protected void sameSite() {
        tester.addRequestHeader("sec-fetch-site", "same-origin");
        tester.addRequestHeader("sec-fetch-mode", "navigate");
        tester.addRequestHeader("sec-fetch-dest", "document");
    }

    protected void signInAs(long accountId) {
        AppSession session = (AppSession) tester.getSession();
        session.signInAs(people.user(accountId));
    }
}

package org.ketaminetraining.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketaminetraining.certification.service.AssessmentService;
import org.ketaminetraining.certification.signing.VerificationCode;
import org.ketaminetraining.compliance.service.mail.ReminderRun;
import org.ketaminetraining.compliance.service.mail.RunSummary;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountDetails;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.study.fixtures.SampleAnswers;
import org.ketaminetraining.study.service.StudyService;

/**
 * Reminder mails through a real SMTP server: GreenMail, started in the test JVM on the port the test server sends
 * to. Inside the server, a trainee with a mail address is certified, their certificate moved to expire in 20 days
 * and their memory aged until a refresher is due; the reminder run then owes them the 30-day expiry notice and the
 * (optional) refresher nudge. A second run and two concurrent runs must send nothing more. Outside, the test reads
 * what GreenMail received: the recipient, both parts, the dates, the links and the unsubscribe link. (JUnit's
 * assertions: part of the test runs inside the server, where AssertJ is not deployed.)
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderMailIT {

    /** Where the in-server part leaves the address it used for the part in the test JVM: the shared data folder. */
    private static final String RECIPIENT_FILE = "reminder-mail-it.recipient";

    @Deployment
    static WebArchive deployment() {
        return Deployments.appWith("reminder-mail-it.war", ReminderMailIT.class, CertificationQueries.class,
                ReminderQueries.class, SampleAnswers.class, DemoCertificates.class);
    }

    @Inject
    private AssessmentService assessments;
    @Inject
    private StudyService study;
    @Inject
    private AccountService accounts;
    @Inject
    private CertificationQueries certificates;
    @Inject
    private ReminderQueries ledger;
    @Inject
    private ReminderRun run;
    @Inject
    private Callers callers;
    @Inject
    private AppSettings settings;

    /** In the test JVM only (the server has no such property, and no GreenMail). */
    @BeforeAll
    static void startSmtpServer() {
        String port = System.getProperty("kt.it.smtp.port");
        if (port != null) {
            TestSmtpServer.start(Integer.parseInt(port));
        }
    }

    @AfterAll
    static void stopSmtpServer() {
        if (System.getProperty("kt.it.smtp.port") != null) {
            TestSmtpServer.stop();
        }
    }

    @Test
    @Order(1)
    void aRunSendsWhatIsOwedOnceAndAgainNeverEvenConcurrently() throws Exception {
        DemoCertificates demo = new DemoCertificates(callers, accounts, study, assessments);
        long trainee = demo.newTrainee(demo.department(), "Zoë O'Reilly & Söhne");
        String address = "reminder." + Long.toString(System.nanoTime(), 36) + "@reminders.test";
        AccountView view = accounts.find(callers.admin(), trainee).orElseThrow();
        accounts.update(callers.admin(), trainee, new AccountDetails(view.username(), view.displayName(), address,
                Set.of(Role.TRAINEE), view.departmentCodes(), Set.of()));
        String code = demo.certify(trainee);
        LocalDate today = LocalDate.now(settings.zone());
        certificates.moveCertificate(VerificationCode.parse(code).orElseThrow().canonical(),
                today.minusMonths(23), today.plusDays(20));
        certificates.ageMemories(trainee, 400);

        RunSummary first = run.remindLearners();
        assertTrue(first.recorded() >= 2, "the expiry notice and the refresher nudge are decided: " + first);
        assertEquals(List.of("EXPIRING SENT", "REFRESHER_DUE SENT"), ledger.ledger(trainee),
                "both recorded and sent to the SMTP server");

        RunSummary second = run.remindLearners();
        // Two runs at once on the server's managed threads (with the app's context, as the schedule runs them).
        ManagedExecutorService threads = (ManagedExecutorService) new InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        Future<RunSummary> a = threads.submit(run::remindLearners);
        Future<RunSummary> b = threads.submit(run::remindLearners);
        List<RunSummary> concurrent = List.of(a.get(), b.get());
        assertEquals(List.of("EXPIRING SENT", "REFRESHER_DUE SENT"), ledger.ledger(trainee),
                "nothing decided twice: " + second + ", " + concurrent);
        Files.writeString(settings.dataDirectory().resolve(RECIPIENT_FILE), address, StandardCharsets.UTF_8);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theMailsArriveOnceWithBothPartsAndTheirLinks() throws Exception {
        String address = Files.readString(Path.of(System.getProperty("kt.it.data.dir"), RECIPIENT_FILE),
                StandardCharsets.UTF_8).strip();
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : TestSmtpServer.received()) {
            for (Address to : message.getAllRecipients()) {
                if (to.toString().equals(address)) {
                    mine.add(message);
                }
            }
        }
        assertEquals(2, mine.size(), "one expiry notice and one refresher nudge, each once");
        MimeMessage expiry = mine.stream().filter(m -> subject(m).startsWith("Your certificate expires"))
                .findFirst().orElseThrow();
        MimeMessage refresher = mine.stream().filter(m -> subject(m).startsWith("Time for a refresher"))
                .findFirst().orElseThrow();
        assertEquals("training@ketamine-training.test", expiry.getFrom()[0].toString());

        String expiryText = part(expiry, "text/plain");
        String expiryHtml = part(expiry, "text/html");
        assertTrue(expiryText.contains("Hello Zoë O'Reilly & Söhne,"), expiryText);
        assertTrue(expiryHtml.contains("Hello Zoë O&#39;Reilly &amp; Söhne,"), "escaped in HTML: " + expiryHtml);
        assertTrue(expiryText.contains("is valid through"), expiryText);
        assertTrue(expiryText.contains("/dashboard"), "a link to the person's page: " + expiryText);
        assertTrue(expiryText.contains("time zone (UTC)"), expiryText);
        assertTrue(!expiryText.contains("/unsubscribe/"), "a required notice has no unsubscribe link");

        String refresherText = part(refresher, "text/plain");
        Matcher link = Pattern.compile("https?://[^\\s]+/unsubscribe/([A-Za-z0-9_-]{20,})").matcher(refresherText);
        assertTrue(link.find(), "an optional mail carries its unsubscribe link: " + refresherText);
        assertTrue(part(refresher, "text/html").contains("/unsubscribe/" + link.group(1)));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the multipart/alternative part of the given type. */
    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}

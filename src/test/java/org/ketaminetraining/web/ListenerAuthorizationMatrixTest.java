package org.ketaminetraining.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.wicket.Component;
import org.apache.wicket.IRequestListener;
import org.apache.wicket.Page;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.core.request.handler.BookmarkablePageRequestHandler;
import org.apache.wicket.core.request.handler.ListenerRequestHandler;
import org.apache.wicket.core.request.handler.PageAndComponentProvider;
import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.util.objects.checker.CheckingObjectOutputStream;
import org.apache.wicket.core.util.objects.checker.ObjectSerializationChecker;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.form.AbstractTextComponent;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.Url;
import org.apache.wicket.request.mapper.info.ComponentInfo;
import org.apache.wicket.request.mapper.info.PageComponentInfo;
import org.apache.wicket.request.mapper.info.PageInfo;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.WicketTester;
import org.apache.wicket.util.visit.IVisit;
import org.apache.wicket.validation.validator.StringValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ketaminetraining.bank.model.QuestionType;
import org.ketaminetraining.bank.authoring.DraftStatus;
import org.ketaminetraining.bank.service.BankImportService;
import org.ketaminetraining.bank.service.authoring.AuthoringService;
import org.ketaminetraining.certification.rules.CompletionStatus;
import org.ketaminetraining.operations.BackupService;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.AccountService;
import org.ketaminetraining.people.service.AccountView;
import org.ketaminetraining.people.service.FirstRunService;
import org.ketaminetraining.people.service.SignInService;
import org.ketaminetraining.people.service.UserImportService;
import org.ketaminetraining.ratelimit.TokenBucketLimiter;
import org.ketaminetraining.ratelimit.VerificationBudget;
import org.ketaminetraining.study.service.StudyService;
import org.ketaminetraining.web.admin.UserEditPage;
import org.ketaminetraining.web.app.HomePage;
import org.ketaminetraining.web.assessment.AttemptPage;
import org.ketaminetraining.web.assessment.ResultPage;
import org.ketaminetraining.web.assessment.ReviewPage;
import org.ketaminetraining.web.author.ComparePage;
import org.ketaminetraining.web.author.QuestionDetailPage;
import org.ketaminetraining.web.author.QuestionEditPage;
import org.ketaminetraining.certification.fake.CertificationFakes;
import org.ketaminetraining.certification.fake.FakeOversight;
import org.ketaminetraining.certification.fake.FakeVerification;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.InternalErrorPage;
import org.ketaminetraining.web.pub.VerifyPage;
import org.ketaminetraining.web.reports.AttemptsResetPage;
import org.ketaminetraining.web.reports.RevokePage;
import org.ketaminetraining.web.reports.TimeExtensionPage;

/**
 * Every form, link and behaviour listener of every page, called as every role: generated from the page classes
 * and from what each page renders, not from a hand list.
 *
 * <p>For each page (found by scanning the web packages) and each identity (signed out, each role alone, a manager of
 * another department, every role at once), the page is rendered and every request listener in its component tree collected, visible or not. A
 * listener that some identity is offered (its component visible and enabled) and another is not is then called as
 * that other identity, twice: on a freshly built page, by its listener URL (what an attacker can POST without ever
 * seeing the page), and on the instance that identity was shown. Each call must reach no service beyond what
 * rendering the page (or the sign-in or access-denied page) for that identity reaches, and must not fail with a
 * server error. Every page, as every identity that can see it, must also serialize, or Wicket's page store would
 * silently drop it and its listeners with it.
 */
class ListenerAuthorizationMatrixTest {

    /**
     * Who asks: nobody signed in, one role alone, a manager of another department than the one everyone in these
     * fakes belongs to, or every role at once. Managers otherwise manage that department.
     */
    private record Identity(String name, Optional<Set<Role>> roles, Set<String> managed) {
        Identity(String name, Optional<Set<Role>> roles) {
            this(name, roles, roles.filter(r -> r.contains(Role.MANAGER)).map(r -> Set.of("demo-ward"))
                    .orElse(Set.of()));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Identity> IDENTITIES = Stream.of(
            Stream.of(new Identity("signed out", Optional.empty())),
            Arrays.stream(Role.values()).map(r -> new Identity(r.name(), Optional.of(Set.of(r)))),
            Stream.of(new Identity("MANAGER of another department", Optional.of(Set.of(Role.MANAGER)), Set.of(
                    "other-ward"))),
            Stream.of(new Identity("every role", Optional.of(Set.of(Role.values())))))
            .flatMap(s -> s).toList();

    /** A request listener: a component, or one of its behaviours, found by path in the page. */
    private record Listener(String path, Integer behaviorId) implements Comparable<Listener> {
        @Override
        public int compareTo(Listener other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return behaviorId == null ? path : path + " (behaviour " + behaviorId + ")";
        }
    }

    /** One world of fakes and one browser session for one identity. */
    private static final class World implements AutoCloseable {
        final InMemoryPeople people = new InMemoryPeople();
        final CertificationFakes certification = new CertificationFakes();
        final WicketTester tester;
        final long traineeId;
        final Map<Class<? extends Page>, PageParameters> parameters = new LinkedHashMap<>();

        World(Identity identity) {
            TestServices.clear();
            TestServices.register(AccountService.class, people);
            TestServices.register(SignInService.class, people);
            TestServices.register(FirstRunService.class, people);
            TestServices.register(UserImportService.class, people);
            TestServices.register(BackupService.class, new FakeBackups());
            TestServices.register(BankImportService.class, new FakeBanks());
            TestServices.register(StudyService.class, new FakeStudy());
            FakeAuthoring authoring = new FakeAuthoring();
            TestServices.register(AuthoringService.class, authoring);
            FakeMail mail = new FakeMail();
            mail.add("ada@hospital.test", "Your certificate expires in 30 days", "Hello Ada,");
            mail.tokens.put("unsubscribe-token", true);
            TestServices.register(org.ketaminetraining.compliance.service.mail.MailOutbox.class, mail);
            TestServices.register(org.ketaminetraining.compliance.service.mail.MailPreferences.class, mail);
            certification.register();
            TestServices.register(org.ketaminetraining.integration.service.ApiTokenAdministration.class,
                    new org.ketaminetraining.integration.fake.FakeApiTokens());
            FakeAssignments assignments = new FakeAssignments();
            TestServices.register(org.ketaminetraining.compliance.service.AssignmentService.class, assignments);
            TestServices.register(org.ketaminetraining.compliance.service.AssignmentReader.class, assignments);
            FakeComplianceDashboard dashboard = new FakeComplianceDashboard();
            dashboard.departments.put("demo-ward", FakeComplianceDashboard.department("demo-ward", "Demo ward", 1));
            TestServices.register(org.ketaminetraining.certification.service.ComplianceDashboard.class, dashboard);
            FakeInsights insights = new FakeInsights();
            insights.running = true;
            insights.activeVersion = "fit-7-ketamine-safety";
            TestServices.register(org.ketaminetraining.insight.service.ItemInsights.class, insights);
            TestServices.register(org.ketaminetraining.insight.service.CalibrationInsights.class, insights);
            TestServices.register(org.ketaminetraining.insight.service.ParameterFitting.class, insights);
            // The lookup budget is not what this test is about: every public lookup is allowed.
            TestServices.register(VerificationBudget.class, address -> new TokenBucketLimiter.Decision(true,
                    java.time.Duration.ZERO));
            people.add("admin", "admin-password-1", Set.of(Role.ADMIN));
            traineeId = people.add("trainee", "trainee-password-1", Set.of(Role.TRAINEE));
            TestApplication application = new TestApplication();
            // The verification page spends the client's lookup budget, as in production.
            TestServices.register(org.ketaminetraining.ratelimit.VerificationBudget.class,
                    org.ketaminetraining.ratelimit.VerificationBudget.perClientAddress(application.clock));
            tester = new WicketTester(application);
            // As in production: a refusal or a missing component is answered with a page, not thrown at the test.
            tester.setExposeExceptions(false);
            identity.roles().ifPresent(roles -> {
                long id = people.add("someone", "someone-password-1", roles);
                AccountView a = people.accounts.get(id);
                // Managers manage the ward everyone in these fakes belongs to, so their pages have rows to act on;
                // one manages another department, so that what the ward's manager is offered is refused to them.
                people.accounts.put(id, new AccountView(id, a.username(), a.displayName(), a.email(), roles,
                        Set.of("demo-ward"), identity.managed(), true, true, false, null));
                ((AppSession) tester.getSession()).signInAs(people.user(id));
            });
            // What the parameterised pages need to show something: the trainee's open and submitted attempts, a
            // certificate, and a row of the completion report.
            String open =
                    certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
            String submitted = certification.assessments.open(traineeId, QuestionType.SINGLE_CHOICE);
            certification.assessments.submit(traineeId, submitted);
            certification.registry.issue(traineeId, FakeVerification.VALID,
                    org.ketaminetraining.certification.rules.CertificateStatus.VALID);
            certification.oversight.rows.add(FakeOversight.row(traineeId, "Name of trainee", "demo-ward",
                    "Ketamine safety", CompletionStatus.ASSESSMENT_FAILED, 100, Optional.empty()));
            parameters.put(UserEditPage.class, new PageParameters().add("id", traineeId));
            parameters.put(AttemptPage.class, new PageParameters().add("token", open));
            parameters.put(ReviewPage.class, new PageParameters().add("token", open));
            parameters.put(ResultPage.class, new PageParameters().add("token", submitted));
            parameters.put(RevokePage.class, new PageParameters().add("code", FakeVerification.VALID));
            parameters.put(VerifyPage.class, new PageParameters().add("code", FakeVerification.VALID));
            parameters.put(org.ketaminetraining.web.pub.UnsubscribePage.class,
                    new PageParameters().add("token", "unsubscribe-token"));
            PageParameters person = new PageParameters().add("accountId", traineeId)
                    .add("programmeId", "ketamine-safety");
            parameters.put(TimeExtensionPage.class, person);
            parameters.put(AttemptsResetPage.class, person);
            parameters.put(org.ketaminetraining.web.reports.PersonOverviewPage.class,
                    org.ketaminetraining.web.reports.PersonOverviewPage.parameters(traineeId));
            // A question with a draft in review, so that every workflow action of the question pages is there.
            FakeAuthoring.Entry question = authoring.firstOf(QuestionType.SINGLE_CHOICE);
            authoring.draft(question.key, question.current(), "someone-else", DraftStatus.IN_REVIEW);
            parameters.put(QuestionDetailPage.class, new PageParameters().add("id", question.key));
            parameters.put(QuestionEditPage.class, new PageParameters().add("id",
                    authoring.firstOf(QuestionType.NUMERIC).key));
            parameters.put(org.ketaminetraining.web.insight.ItemInsightPage.class, new PageParameters()
                    .add("programme", FakeInsights.PROGRAMME).add("item", "safety-002"));
            parameters.put(ComparePage.class, new PageParameters().add("id", question.key).add("left", 1)
                    .add("right", 0));
        }

        PageParameters parametersOf(Class<? extends Page> page) {
            return parameters.getOrDefault(page, new PageParameters());
        }

        /** Renders the page; the page shown, or empty when something else was shown instead (refused, redirected). */
        Optional<Page> render(Class<? extends Page> page) {
            sameOrigin();
            tester.executeUrl(urlOf(page).toString());
            Page shown = tester.getLastRenderedPage();
            if (page != InternalErrorPage.class) {
                assertThat(shown).as("rendering %s", page.getSimpleName())
                        .isNotInstanceOf(InternalErrorPage.class);
            }
            return page.isInstance(shown) ? Optional.of(shown) : Optional.empty();
        }

        /** The page's own address, as a link to it would give; building it instantiates nothing. */
        Url urlOf(Class<? extends Page> page) {
            return tester.urlFor(new BookmarkablePageRequestHandler(new PageProvider(page, parametersOf(page))));
        }

        /**
         * The listener's address on a page that does not exist yet ({@code ?-1.-path}, as a stateless page's form
         * posts to): Wicket builds the page when the request comes, so no instance is needed to make the URL.
         */
        Url freshListenerUrl(Class<? extends Page> page, Listener listener) {
            Url url = urlOf(page);
            String info = new PageComponentInfo(new PageInfo(), new ComponentInfo(null, listener.path(),
                    listener.behaviorId())).toString();
            url.getQueryParameters().add(0, new Url.QueryParameter(info, ""));
            return url;
        }

        void sameOrigin() {
            tester.addRequestHeader("sec-fetch-site", "same-origin");
            tester.addRequestHeader("sec-fetch-mode", "navigate");
            tester.addRequestHeader("sec-fetch-dest", "document");
        }

        /** POSTs to a listener URL as a same-origin browser would; the services called meanwhile. */
        List<String> post(Url url) {
            TestServices.forgetCalls();
            sameOrigin();
            tester.getRequest().setMethod("POST");
            tester.executeUrl(url.toString());
            return TestServices.calls();
        }

        @Override
        public void close() {
            tester.destroy();
            TestServices.clear();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyListenerOfEveryPageAsEveryRole() {
        List<Class<? extends Page>> pages = pageClasses();
        // One session per identity looks at every page (what is offered to whom, what exists at all, whether it
        // serializes); then one session per identity calls what it was not offered. Worlds are costly to build,
        // so each identity gets one for each pass rather than one per page.
        Map<Class<? extends Page>, Map<Identity, Set<Listener>>> offered = new LinkedHashMap<>();
        Map<Class<? extends Page>, Set<Listener>> existing = new LinkedHashMap<>();
        Map<Class<? extends Page>, List<String>> failures = new LinkedHashMap<>();
        pages.forEach(page -> {
            offered.put(page, new LinkedHashMap<>());
            existing.put(page, new TreeSet<>());
            failures.put(page, new ArrayList<>());
        });
        for (Identity identity : IDENTITIES) {
            try (World world = new World(identity)) {
                for (Class<? extends Page> page : pages) {
                    Optional<Page> shown = world.render(page);
                    offered.get(page).put(identity, shown.map(ListenerAuthorizationMatrixTest::offeredIn)
                            .orElse(Set.of()));
                    shown.ifPresent(instance -> {
                        existing.get(page).addAll(listenersIn(instance));
                        serializationProblem(instance, identity).ifPresent(failures.get(page)::add);
                        failures.get(page).addAll(unboundedFields(instance));
                    });
                }
            }
        }
        for (Identity identity : IDENTITIES) {
            try (World world = new World(identity)) {
                for (Class<? extends Page> page : pages) {
                    Set<Listener> notOffered = new TreeSet<>();
                    offered.get(page).values().forEach(notOffered::addAll);
                    notOffered.removeAll(offered.get(page).get(identity));
                    if (!notOffered.isEmpty()) {
                        attack(world, page, identity, notOffered, failures.get(page));
                    }
                }
            }
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getSimpleName(), () -> {
            Set<Listener> offeredToSomeone = new TreeSet<>();
            offered.get(page).values().forEach(offeredToSomeone::addAll);
            assertThat(failures.get(page).stream().distinct().toList())
                    .as("%s: %d listeners, %d offered to someone", page.getSimpleName(),
                            existing.get(page).size(), offeredToSomeone.size())
                    .isEmpty();
        }));
    }

    /** Calls the listeners the identity was not offered, both ways, and records what should not have happened. */
    private static void attack(World world, Class<? extends Page> pageClass, Identity identity,
            Set<Listener> listeners, List<String> failures) {
        Set<String> allowed = readsOfRendering(world, pageClass);
        for (Listener listener : listeners) {
            judge("fresh page", identity, listener, world.post(world.freshListenerUrl(pageClass, listener)),
                    allowed, world, failures);
            Optional<Page> shown = world.render(pageClass);
            if (shown.isPresent() && shown.get().get(listener.path()) != null) {
                Url sameInstance = world.tester.urlFor(new ListenerRequestHandler(new PageAndComponentProvider(
                        shown.get(), listener.path()), listener.behaviorId()));
                judge("page shown", identity, listener, world.post(sameInstance), allowed, world, failures);
            }
        }
    }

    /**
     * The services an identity reaches by merely looking: rendering the page (when it may), and the sign-in and
     * access-denied pages that refusals lead to.
     */
    private static Set<String> readsOfRendering(World world, Class<? extends Page> pageClass) {
        Set<String> reads = new LinkedHashSet<>();
        for (Class<? extends Page> looked : List.of(pageClass, org.ketaminetraining.web.pub.LoginPage.class,
                org.ketaminetraining.web.layout.AccessDeniedPage.class, HomePage.class)) {
            TestServices.forgetCalls();
            world.render(looked);
            reads.addAll(TestServices.calls());
        }
        return reads;
    }

    private static void judge(String how, Identity identity, Listener listener, List<String> calls,
            Set<String> allowed, World world, List<String> failures) {
        List<String> beyond = calls.stream().filter(call -> !allowed.contains(call)).distinct().toList();
        String where = identity + " on the " + how + ", " + listener;
        if (!beyond.isEmpty()) {
            failures.add(where + " reached " + beyond);
        }
        int status = world.tester.getLastResponse().getStatus();
        if (status >= 500 || world.tester.getLastRenderedPage() instanceof InternalErrorPage) {
            failures.add(where + " answered with a server error (" + status + ")");
        }
    }

    /** Listeners in the page's component tree, visible or not, with the behaviours that listen. */
    private static Set<Listener> listenersIn(Page page) {
        Set<Listener> found = new TreeSet<>();
        page.visitChildren(Component.class, (component, visit) -> {
            String path = component.getPageRelativePath();
            // A bookmarkable link is a plain href: Wicket never runs listener code for it.
            if (component instanceof IRequestListener && !(component instanceof BookmarkablePageLink)) {
                found.add(new Listener(path, null));
            }
            for (Behavior behavior : component.getBehaviors()) {
                if (behavior instanceof IRequestListener) {
                    found.add(new Listener(path, component.getBehaviorId(behavior)));
                }
            }
        });
        return found;
    }

    /** The listeners of the page its viewer can use: component visible and enabled, behaviour enabled. */
    private static Set<Listener> offeredIn(Page page) {
        Set<Listener> offered = new TreeSet<>();
        for (Listener listener : listenersIn(page)) {
            Component component = page.get(listener.path());
            boolean usable = component.isVisibleInHierarchy() && component.isEnabledInHierarchy()
                    && component.isRenderAllowed() && component.isEnableAllowed();
            if (usable && listener.behaviorId() != null) {
                usable = component.getBehaviorById(listener.behaviorId()).isEnabled(component);
            }
            if (usable) {
                offered.add(listener);
            }
        }
        return offered;
    }

    /**
     * Text fields that accept text of any length. Every field must be bounded before its value is used: a text
     * field by a maximum-length validator (which also renders {@code maxlength}); a field converted to another type
     * (a number, a date) is bounded by the application's converters before they parse.
     */
    private static List<String> unboundedFields(Page page) {
        List<String> unbounded = new ArrayList<>();
        page.visitChildren(AbstractTextComponent.class, (AbstractTextComponent<?> field, IVisit<Void> visit) -> {
            boolean text = field.getType() == null || field.getType() == String.class;
            boolean bounded = field.getValidators().stream().anyMatch(v -> v instanceof StringValidator sv
                    && sv.getMaximum() != null);
            if (text && !bounded) {
                unbounded.add(page.getClass().getSimpleName() + ": text field " + field.getPageRelativePath()
                        + " has no maximum length");
            }
        });
        return unbounded;
    }

    /** Why the page cannot be serialized, with the path to the offending field; empty when it can. */
    private static Optional<String> serializationProblem(Page page, Identity identity) {
        try (CheckingObjectOutputStream out = new CheckingObjectOutputStream(new ByteArrayOutputStream(),
                new ObjectSerializationChecker())) {
            out.writeObject(page);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(page.getClass().getSimpleName() + " as " + identity + " does not serialize, so "
                    + "Wicket cannot keep it for its next request: " + e.getMessage());
        }
    }

    private static boolean bookmarkable(Class<? extends Page> page) {
        return Arrays.stream(page.getConstructors()).anyMatch(c -> c.getParameterCount() == 0
                || (c.getParameterCount() == 1 && c.getParameterTypes()[0] == PageParameters.class));
    }

    /** Every concrete page class of the application that a URL can build. */
    @SuppressWarnings("unchecked")
    private static List<Class<? extends Page>> pageClasses() {
        Function<JavaClass, Class<? extends Page>> load = c -> (Class<? extends Page>) c.reflect();
        List<Class<? extends Page>> pages = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ketaminetraining.web").stream()
                .filter(c -> c.isAssignableTo(WebPage.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT)
                        && c.getEnclosingClass().isEmpty())
                .map(load)
                // Only pages a URL can build; the others exist only as responses of pages checked here.
                .filter(ListenerAuthorizationMatrixTest::bookmarkable)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
        assertThat(pages).as("page classes found").hasSizeGreaterThan(20);
        return pages;
    }
}

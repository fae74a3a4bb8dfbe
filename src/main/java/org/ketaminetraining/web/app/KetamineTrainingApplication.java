package org.ketaminetraining.web.app;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.Application;
import org.apache.wicket.IConverterLocator;
import org.apache.wicket.Page;
import org.apache.wicket.authroles.authentication.AbstractAuthenticatedWebSession;
import org.apache.wicket.authroles.authentication.AuthenticatedWebApplication;
import org.apache.wicket.csp.CSPDirective;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.protocol.http.ResourceIsolationRequestCycleListener;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;
import org.apache.wicket.settings.ExceptionSettings;
import org.ketaminetraining.config.AppSettings;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.account.ChangePasswordPage;
import org.ketaminetraining.web.admin.AuditPage;
import org.ketaminetraining.web.admin.OutboxPage;
import org.ketaminetraining.web.admin.BackupPage;
import org.ketaminetraining.web.admin.ApiTokensPage;
import org.ketaminetraining.web.admin.AssignmentsPage;
import org.ketaminetraining.web.admin.DepartmentsPage;
import org.ketaminetraining.web.admin.UserEditPage;
import org.ketaminetraining.web.admin.UserImportPage;
import org.ketaminetraining.web.admin.UsersPage;
import org.ketaminetraining.web.assessment.AssessmentPage;
import org.ketaminetraining.web.assessment.AttemptPage;
import org.ketaminetraining.web.assessment.ResultPage;
import org.ketaminetraining.web.assessment.ReviewPage;
import org.ketaminetraining.web.author.ComparePage;
import org.ketaminetraining.web.author.QuestionBanksPage;
import org.ketaminetraining.web.author.QuestionDetailPage;
import org.ketaminetraining.web.author.QuestionEditPage;
import org.ketaminetraining.web.author.QuestionListPage;
import org.ketaminetraining.web.component.BoundedConverters;
import org.ketaminetraining.web.isolation.SameOriginPolicy;
import org.ketaminetraining.web.isolation.SameOriginRule;
import org.ketaminetraining.web.insight.CalibrationPage;
import org.ketaminetraining.web.insight.InsightCsvResource;
import org.ketaminetraining.web.insight.ItemAnalysisPage;
import org.ketaminetraining.web.insight.ItemInsightPage;
import org.ketaminetraining.web.insight.SchedulingPage;
import org.ketaminetraining.web.layout.AccessDeniedPage;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.layout.ContainerErrorPage;
import org.ketaminetraining.web.layout.Destination;
import org.ketaminetraining.web.layout.FaviconResource;
import org.ketaminetraining.web.layout.InternalErrorPage;
import org.ketaminetraining.web.layout.NavigationItem;
import org.ketaminetraining.web.layout.NotFoundPage;
import org.ketaminetraining.web.layout.PageExpiredPage;
import org.ketaminetraining.web.layout.Site;
import org.ketaminetraining.web.learner.CertificateDownloadResource;
import org.ketaminetraining.web.learner.DashboardPage;
import org.ketaminetraining.web.learner.LearnerSettingsPage;
import org.ketaminetraining.web.learner.MyCertificatesPage;
import org.ketaminetraining.web.learner.StudyHistoryPage;
import org.ketaminetraining.web.learner.StudyPage;
import org.ketaminetraining.web.pub.UnsubscribePage;
import org.ketaminetraining.web.pub.LoginPage;
import org.ketaminetraining.web.pub.PublicKeyResource;
import org.ketaminetraining.web.pub.SetupPage;
import org.ketaminetraining.web.pub.VerifyPage;
import org.ketaminetraining.web.reports.AttemptsResetPage;
import org.ketaminetraining.web.reports.CompletionCsvResource;
import org.ketaminetraining.web.reports.CompletionPdfResource;
import org.ketaminetraining.web.reports.CompletionXlsxResource;
import org.ketaminetraining.web.reports.CompletionReportPage;
import org.ketaminetraining.web.reports.RevokePage;
import org.ketaminetraining.web.reports.TimeExtensionPage;

/** The Wicket application: mounts, security settings, error pages and how components get their services. */
public class KetamineTrainingApplication extends AuthenticatedWebApplication implements Site {

    /** Where browsers send the pages' CSP violations; the app is always at the context root. */
    public static final String CSP_REPORT_URI = "/api/csp-report";

    private volatile ZoneId organisationZone;

    public static KetamineTrainingApplication get() {
        return (KetamineTrainingApplication) Application.get();
    }

    @Override
    protected void init() {
        super.init();
        configureInjection();

        getMarkupSettings().setStripWicketTags(true);
        getMarkupSettings().setDefaultMarkupEncoding("UTF-8");
        getRequestCycleSettings().setResponseRequestEncoding("UTF-8");

        // Wicket's strict CSP stays as it is (nonces, no inline script or style); Bootstrap's own icons are
        // inline SVG data URIs, so images may also come from data:.
        getCspSettings().blocking().add(CSPDirective.IMG_SRC, "data:");
        // Browsers report every violation to the JSON API's collector, which logs it (api.CspReportResource): on
        // these pages a violation means something the page did not put there tried to run or load. Only
        // report-uri: Chromium sends its reports at once, while report-to's Reporting API batches them for up to
        // a minute, and every current browser still honours report-uri when no report-to is given.
        getCspSettings().blocking().add(CSPDirective.REPORT_URI, CSP_REPORT_URI);
        // Refuses form posts and other calls into components that do not come from the site's own origin (CSRF).
        getRequestCycleListeners().add(new ResourceIsolationRequestCycleListener(
                new SameOriginPolicy(sameOriginRule())));
        getRequestCycleListeners().add(new SecurityHeadersListener());
        getRequestCycleListeners().add(new ServiceRefusals());
        getRequestCycleListeners().add(new MalformedUploads());

        getApplicationSettings().setAccessDeniedPage(AccessDeniedPage.class);
        getApplicationSettings().setInternalErrorPage(InternalErrorPage.class);
        getApplicationSettings().setPageExpiredErrorPage(PageExpiredPage.class);
        getExceptionSettings().setUnexpectedExceptionDisplay(ExceptionSettings.SHOW_INTERNAL_ERROR_PAGE);

        mountResource("/favicon.ico", FaviconResource.REFERENCE);
        mountPage("/login", LoginPage.class);
        mountPage("/setup", SetupPage.class);
        mountPage("/access-denied", AccessDeniedPage.class);
        mountPage("/error", InternalErrorPage.class);
        mountPage("/expired", PageExpiredPage.class);
        mountPage("/not-found", NotFoundPage.class);
        // Where web.xml sends every error the servlet container answers itself.
        mountPage("/http-error", ContainerErrorPage.class);
        mountPage("/account/password", ChangePasswordPage.class);
        mountPage("/admin/users", UsersPage.class);
        mountPage("/admin/users/edit", UserEditPage.class);
        mountPage("/admin/users/import", UserImportPage.class);
        mountPage("/admin/departments", DepartmentsPage.class);
        mountPage("/admin/api-tokens", ApiTokensPage.class);
        mountPage("/admin/backups", BackupPage.class);
        mountPage("/admin/activity", AuditPage.class);
        mountPage("/admin/assignments", AssignmentsPage.class);
        mountPage("/admin/outbox", OutboxPage.class);
        mountPage("/unsubscribe/${token}", UnsubscribePage.class);
        mountPage("/author/banks", QuestionBanksPage.class);
        mountPage("/author/questions", QuestionListPage.class);
        mountPage("/author/question/${id}", QuestionDetailPage.class);
        mountPage("/author/question/${id}/edit", QuestionEditPage.class);
        mountPage("/author/question/${id}/compare", ComparePage.class);
        mountPage("/dashboard", DashboardPage.class);
        mountPage("/study", StudyPage.class);
        mountPage("/study/settings", LearnerSettingsPage.class);
        mountPage("/study/history", StudyHistoryPage.class);
        mountPage("/assessment", AssessmentPage.class);
        mountPage("/assessment/attempt/${token}", AttemptPage.class);
        mountPage("/assessment/attempt/${token}/review", ReviewPage.class);
        mountPage("/assessment/result/${token}", ResultPage.class);
        mountCertificates();
    }

    /** Item analysis, calibration and the scheduler's weights, for educators and administrators. */
    private void mountInsight() {
        mountPage("/insight/items", ItemAnalysisPage.class);
        mountPage("/insight/item", ItemInsightPage.class);
        mountPage("/insight/calibration", CalibrationPage.class);
        mountPage("/admin/scheduling", SchedulingPage.class);
        mountResource("/insight/items.csv", InsightCsvResource.ITEMS);
        mountResource("/insight/item.csv", InsightCsvResource.ITEM);
        mountResource("/insight/calibration.csv", InsightCsvResource.CALIBRATION);
        mountResource("/admin/scheduling.csv", InsightCsvResource.PARAMETERS);
    }

    /**
     * The certificate pages and files. The public ones (verification, the public key) need no sign-in: their
     * pages carry no {@code @AuthorizeInstantiation}, and the resources check nothing. The JSON API is not Wicket's:
     * Jakarta REST serves it ({@code org.ketaminetraining.api}).
     */
    private void mountCertificates() {
        mountPage("/verify/#{code}", VerifyPage.class);
        mountResource("/.well-known/jwks.json", PublicKeyResource.JWKS);
        mountPage("/certificates", MyCertificatesPage.class);
        // Mounted after the page on purpose: "/certificates" matches "/certificates/public-key.pem" as well and
        // scores the same, and of two equal scores the mapper mounted last is asked first.
        mountResource("/certificates/public-key.pem", PublicKeyResource.PEM);
        mountResource("/certificates/keys/${keyId}", PublicKeyResource.JWK);
        mountResource("/certificates/download/${code}/${format}", CertificateDownloadResource.REFERENCE);
        mountPage("/reports/completion", CompletionReportPage.class);
        mountResource("/reports/completion.csv", CompletionCsvResource.REFERENCE);
        mountResource("/reports/completion.xlsx", CompletionXlsxResource.REFERENCE);
        mountResource("/reports/completion.pdf", CompletionPdfResource.REFERENCE);
        mountPage("/reports/certificates/${code}/revoke", RevokePage.class);
        mountPage("/reports/extension/${accountId}/${programmeId}", TimeExtensionPage.class);
        mountPage("/reports/attempts/${accountId}/${programmeId}", AttemptsResetPage.class);
        mountPage("/manager", org.ketaminetraining.web.reports.ManagerDashboardPage.class);
        mountPage("/manager/person/${id}", org.ketaminetraining.web.reports.PersonOverviewPage.class);
        mountPage("/manager/heatmap", org.ketaminetraining.web.reports.RecallHeatmapPage.class);
        mountInsight();
    }

    /** Every converter refuses an over-long text before parsing it (see {@link BoundedConverters}). */
    @Override
    protected IConverterLocator newConverterLocator() {
        return new BoundedConverters(super.newConverterLocator());
    }

    /**
     * Lets pages receive services with {@code @Inject}: CDI beans behind serializable stand-ins (see
     * {@link ServiceInjection}). Page tests override this to hand in fakes without a container.
     */
    protected void configureInjection() {
        getComponentInstantiationListeners().add(new ServiceInjection());
    }

    /**
     * Fills the {@code @Inject} fields of an object Wicket does not create as a component (a mounted resource),
     * the same way {@link #configureInjection} has components filled.
     */
    @Override
    public void inject(Object target) {
        ServiceInjection.inject(target);
    }

    /**
     * The clock of the time pages count down from (an assessment's time left). Deadlines and every decision about
     * time are the services'; page tests hand in a clock they move by hand.
     */
    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The organisation's time zone (KT_TIME_ZONE), for times that belong to no one person's settings (the
     * audit trail). Read once: the server's settings do not change while it runs. Page tests hand in their own.
     */
    @Override
    public ZoneId organisationZone() {
        ZoneId zone = organisationZone;
        if (zone == null) {
            zone = CDI.current().select(AppSettings.class).get().zone();
            organisationZone = zone;
        }
        return zone;
    }

    /**
     * Where state changes may come from: the site's public address (KT_PUBLIC_URL) and the origins listed in
     * KT_ALLOWED_ORIGINS. A setting that is not an origin stops the start with a message naming it. Page tests
     * override this, having no server settings.
     */
    protected SameOriginRule sameOriginRule() {
        AppSettings settings = CDI.current().select(AppSettings.class).get();
        return SameOriginRule.of(settings.publicUrl().toString(), settings.allowedOrigins());
    }

    /** The navigation, in order; each person sees the entries their roles allow. */
    private static final List<NavigationItem> NAVIGATION = List.of(
            new NavigationItem(HomePage.class, "nav.home", Optional.empty()),
            new NavigationItem(DashboardPage.class, "nav.dashboard", Optional.of(Role.TRAINEE)),
            new NavigationItem(StudyPage.class, "nav.study", Optional.of(Role.TRAINEE)),
            new NavigationItem(AssessmentPage.class, "nav.assessment", Optional.of(Role.TRAINEE)),
            new NavigationItem(StudyHistoryPage.class, "nav.history", Optional.of(Role.TRAINEE)),
            new NavigationItem(LearnerSettingsPage.class, "nav.settings", Optional.of(Role.TRAINEE)),
            new NavigationItem(MyCertificatesPage.class, "nav.certificates", Optional.of(Role.TRAINEE)),
            new NavigationItem(QuestionListPage.class, "nav.questions", Optional.of(Role.EDUCATOR)),
            new NavigationItem(QuestionBanksPage.class, "nav.banks", Optional.of(Role.EDUCATOR)),
            new NavigationItem(ItemAnalysisPage.class, "nav.itemAnalysis", Optional.of(Role.EDUCATOR)),
            new NavigationItem(org.ketaminetraining.web.reports.ManagerDashboardPage.class, "nav.managerDashboard",
                    Optional.of(Role.MANAGER)),
            new NavigationItem(CompletionReportPage.class, "nav.completion", Optional.of(Role.MANAGER)),
            new NavigationItem(AssignmentsPage.class, "nav.assignments", Optional.of(Role.MANAGER)),
            new NavigationItem(UsersPage.class, "nav.users", Optional.of(Role.ADMIN)),
            new NavigationItem(UserImportPage.class, "nav.import", Optional.of(Role.ADMIN)),
            new NavigationItem(DepartmentsPage.class, "nav.departments", Optional.of(Role.ADMIN)),
            new NavigationItem(ApiTokensPage.class, "nav.apiTokens", Optional.of(Role.ADMIN)),
            new NavigationItem(BackupPage.class, "nav.backups", Optional.of(Role.ADMIN)),
            new NavigationItem(AuditPage.class, "nav.activity", Optional.of(Role.ADMIN)),
            new NavigationItem(OutboxPage.class, "nav.outbox", Optional.of(Role.ADMIN)),
            new NavigationItem(SchedulingPage.class, "nav.scheduling", Optional.of(Role.ADMIN)));

    @Override
    public List<NavigationItem> navigation() {
        return NAVIGATION;
    }

    @Override
    public Class<? extends WebPage> pageOf(Destination destination) {
        return switch (destination) {
            case HOME -> HomePage.class;
            case SIGN_IN -> LoginPage.class;
            case CHANGE_PASSWORD -> ChangePasswordPage.class;
            case DASHBOARD -> DashboardPage.class;
            case STUDY -> StudyPage.class;
            case STUDY_SETTINGS -> LearnerSettingsPage.class;
            case ASSESSMENT -> AssessmentPage.class;
            case MY_CERTIFICATES -> MyCertificatesPage.class;
            case VERIFY -> VerifyPage.class;
            case COMPLETION_REPORT -> CompletionReportPage.class;
            case QUESTION -> QuestionDetailPage.class;
        };
    }

    @Override
    public Class<? extends Page> getHomePage() {
        return HomePage.class;
    }

    @Override
    protected Class<? extends AbstractAuthenticatedWebSession> getWebSessionClass() {
        return AppSession.class;
    }

    @Override
    protected Class<? extends WebPage> getSignInPageClass() {
        return LoginPage.class;
    }
}

package org.ketaminetraining.web;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.ZoneId;
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
import org.ketaminetraining.platform.AppSettings;
import org.ketaminetraining.web.account.ChangePasswordPage;
import org.ketaminetraining.web.component.BoundedConverters;
import org.ketaminetraining.web.admin.AuditPage;
import org.ketaminetraining.web.admin.BackupPage;
import org.ketaminetraining.web.admin.DepartmentsPage;
import org.ketaminetraining.web.admin.UserEditPage;
import org.ketaminetraining.web.admin.UserImportPage;
import org.ketaminetraining.web.admin.UsersPage;
import org.ketaminetraining.web.assessment.AssessmentPage;
import org.ketaminetraining.web.assessment.AttemptPage;
import org.ketaminetraining.web.assessment.ResultPage;
import org.ketaminetraining.web.assessment.ReviewPage;
import org.ketaminetraining.web.author.QuestionBanksPage;
import org.ketaminetraining.web.certificate.AttemptsResetPage;
import org.ketaminetraining.web.certificate.CertificateResources;
import org.ketaminetraining.web.certificate.CompletionReportPage;
import org.ketaminetraining.web.certificate.MyCertificatesPage;
import org.ketaminetraining.web.certificate.RevokePage;
import org.ketaminetraining.web.certificate.TimeExtensionPage;
import org.ketaminetraining.web.certificate.VerifyPage;
import org.ketaminetraining.web.learner.DashboardPage;
import org.ketaminetraining.web.learner.LearnerSettingsPage;
import org.ketaminetraining.web.learner.StudyHistoryPage;
import org.ketaminetraining.web.learner.StudyPage;
import org.ketaminetraining.web.pub.AccessDeniedPage;
import org.ketaminetraining.web.pub.ContainerErrorPage;
import org.ketaminetraining.web.pub.InternalErrorPage;
import org.ketaminetraining.web.pub.LoginPage;
import org.ketaminetraining.web.pub.NotFoundPage;
import org.ketaminetraining.web.pub.PageExpiredPage;
import org.ketaminetraining.web.pub.SetupPage;
import org.ketaminetraining.web.isolation.SameOriginPolicy;
import org.ketaminetraining.web.isolation.SameOriginRule;

/** The Wicket application: mounts, security settings, error pages and how components get their services. */
public class KetamineTrainingApplication extends AuthenticatedWebApplication {

    /** The icon browsers ask for at /favicon.ico; BasePage names it in every page's head as well. */
    static final ResourceReference FAVICON = new ResourceReference(KetamineTrainingApplication.class, "favicon") {
        private static final long serialVersionUID = 1L;
        private final FaviconResource icon = new FaviconResource();

        @Override
        public IResource getResource() {
            return icon;
        }
    };

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
        // Refuses form posts and other calls into components that do not come from the site's own origin (CSRF).
        getRequestCycleListeners().add(new ResourceIsolationRequestCycleListener(
                new SameOriginPolicy(sameOriginRule())));
        getRequestCycleListeners().add(new SecurityHeadersListener());
        getRequestCycleListeners().add(new ServiceRefusals());

        getApplicationSettings().setAccessDeniedPage(AccessDeniedPage.class);
        getApplicationSettings().setInternalErrorPage(InternalErrorPage.class);
        getApplicationSettings().setPageExpiredErrorPage(PageExpiredPage.class);
        getExceptionSettings().setUnexpectedExceptionDisplay(ExceptionSettings.SHOW_INTERNAL_ERROR_PAGE);

        mountResource("/favicon.ico", FAVICON);
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
        mountPage("/admin/backups", BackupPage.class);
        mountPage("/admin/activity", AuditPage.class);
        mountPage("/author/banks", QuestionBanksPage.class);
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

    /**
     * The certificate pages and files. The public ones (verification, the public key) need no sign-in: their
     * pages carry no {@code @AuthorizeInstantiation}, and the resources check nothing. The JSON API is not Wicket's:
     * Jakarta REST serves it ({@code org.ketaminetraining.api}).
     */
    private void mountCertificates() {
        mountPage("/verify/#{code}", VerifyPage.class);
        mountResource("/.well-known/jwks.json", CertificateResources.JWKS);
        mountPage("/certificates", MyCertificatesPage.class);
        // Mounted after the page on purpose: "/certificates" matches "/certificates/public-key.pem" as well and
        // scores the same, and of two equal scores the mapper mounted last is asked first.
        mountResource("/certificates/public-key.pem", CertificateResources.PUBLIC_KEY_PEM);
        mountResource("/certificates/keys/${keyId}", CertificateResources.JWK);
        mountResource("/certificates/download/${code}/${format}", CertificateResources.DOWNLOAD);
        mountPage("/reports/completion", CompletionReportPage.class);
        mountResource("/reports/completion.csv", CertificateResources.COMPLETION_CSV);
        mountPage("/reports/certificates/${code}/revoke", RevokePage.class);
        mountPage("/reports/extension/${accountId}/${programmeId}", TimeExtensionPage.class);
        mountPage("/reports/attempts/${accountId}/${programmeId}", AttemptsResetPage.class);
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
    public void inject(Object target) {
        ServiceInjection.inject(target);
    }

    /**
     * The clock of the time pages count down from (an assessment's time left). Deadlines and every decision about
     * time are the services'; page tests hand in a clock they move by hand.
     */
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The organisation's time zone (KT_TIME_ZONE), for times that belong to no one person's settings (the
     * audit trail). Read once: the server's settings do not change while it runs. Page tests hand in their own.
     */
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

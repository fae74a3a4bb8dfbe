package org.ketaminetraining.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.markup.html.WebPage;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.web.admin.AuditPage;
import org.ketaminetraining.web.admin.BackupPage;
import org.ketaminetraining.web.admin.DepartmentsPage;
import org.ketaminetraining.web.admin.UserImportPage;
import org.ketaminetraining.web.admin.UsersPage;
import org.ketaminetraining.web.assessment.AssessmentPage;
import org.ketaminetraining.web.author.QuestionBanksPage;
import org.ketaminetraining.web.certificate.CompletionReportPage;
import org.ketaminetraining.web.certificate.MyCertificatesPage;
import org.ketaminetraining.web.learner.DashboardPage;
import org.ketaminetraining.web.learner.LearnerSettingsPage;
import org.ketaminetraining.web.learner.StudyHistoryPage;
import org.ketaminetraining.web.learner.StudyPage;

/** One entry of the main navigation and the role it needs (none: everyone signed in). */
record NavigationItem(Class<? extends WebPage> page, String labelKey, Optional<Role> role) implements Serializable {

    /**
     * Administrators see every educator and manager entry too. Trainee entries are for trainees only: a trainee's
     * study is their own, and the pages refuse everyone else.
     */
    boolean visibleTo(java.util.Set<Role> roles) {
        return role.map(r -> roles.contains(r) || (r != Role.TRAINEE && roles.contains(Role.ADMIN))).orElse(true);
    }

    /** The navigation, in order; each person sees the entries their roles allow. */
    static final List<NavigationItem> ALL = List.of(
            new NavigationItem(HomePage.class, "nav.home", Optional.empty()),
            new NavigationItem(DashboardPage.class, "nav.dashboard", Optional.of(Role.TRAINEE)),
            new NavigationItem(StudyPage.class, "nav.study", Optional.of(Role.TRAINEE)),
            new NavigationItem(AssessmentPage.class, "nav.assessment", Optional.of(Role.TRAINEE)),
            new NavigationItem(StudyHistoryPage.class, "nav.history", Optional.of(Role.TRAINEE)),
            new NavigationItem(LearnerSettingsPage.class, "nav.settings", Optional.of(Role.TRAINEE)),
            new NavigationItem(MyCertificatesPage.class, "nav.certificates", Optional.of(Role.TRAINEE)),
            new NavigationItem(QuestionBanksPage.class, "nav.banks", Optional.of(Role.EDUCATOR)),
            new NavigationItem(CompletionReportPage.class, "nav.completion", Optional.of(Role.MANAGER)),
            new NavigationItem(UsersPage.class, "nav.users", Optional.of(Role.ADMIN)),
            new NavigationItem(UserImportPage.class, "nav.import", Optional.of(Role.ADMIN)),
            new NavigationItem(DepartmentsPage.class, "nav.departments", Optional.of(Role.ADMIN)),
            new NavigationItem(BackupPage.class, "nav.backups", Optional.of(Role.ADMIN)),
            new NavigationItem(AuditPage.class, "nav.activity", Optional.of(Role.ADMIN)));
}

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
import org.ketaminetraining.web.author.QuestionBanksPage;

/** One entry of the main navigation and the role it needs (none: everyone signed in). */
record NavigationItem(Class<? extends WebPage> page, String labelKey, Optional<Role> role) implements Serializable {

    /** Administrators see every educator entry too. */
    boolean visibleTo(java.util.Set<Role> roles) {
        return role.map(r -> roles.contains(r) || roles.contains(Role.ADMIN)).orElse(true);
    }

    /** The navigation, in order; each person sees the entries their roles allow. */
    static final List<NavigationItem> ALL = List.of(
            new NavigationItem(HomePage.class, "nav.home", Optional.empty()),
            new NavigationItem(QuestionBanksPage.class, "nav.banks", Optional.of(Role.EDUCATOR)),
            new NavigationItem(UsersPage.class, "nav.users", Optional.of(Role.ADMIN)),
            new NavigationItem(UserImportPage.class, "nav.import", Optional.of(Role.ADMIN)),
            new NavigationItem(DepartmentsPage.class, "nav.departments", Optional.of(Role.ADMIN)),
            new NavigationItem(BackupPage.class, "nav.backups", Optional.of(Role.ADMIN)),
            new NavigationItem(AuditPage.class, "nav.activity", Optional.of(Role.ADMIN)));
}

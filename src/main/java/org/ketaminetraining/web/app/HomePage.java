package org.ketaminetraining.web.app;

import org.apache.wicket.model.StringResourceModel;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.ketaminetraining.people.Role;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.layout.AppSession;
import org.ketaminetraining.web.layout.BasePage;
import org.ketaminetraining.web.learner.DashboardPage;

/**
 * Where everyone lands after signing in: who they are, and what each of their roles lets them do. People who only
 * study go straight on to their dashboard.
 */
@AuthorizeInstantiation({"TRAINEE", "EDUCATOR", "MANAGER", "ADMIN"})
public class HomePage extends BasePage {

    private static final long serialVersionUID = 1L;

    public HomePage() {
        SignedInUser user = AppSession.get().user().orElseThrow();
        if (user.roles().equals(java.util.Set.of(Role.TRAINEE))) {
            throw new RestartResponseException(DashboardPage.class);
        }
        // A manager's home is their compliance dashboard; someone with other roles too chooses here.
        if (user.roles().equals(java.util.Set.of(Role.MANAGER))) {
            throw new RestartResponseException(org.ketaminetraining.web.reports.ManagerDashboardPage.class);
        }
        add(new Label("welcome", new StringResourceModel("welcome", this).setParameters(user.displayName())));
        add(new Label("roles", user.roles().stream().sorted().map(r -> getString("role." + r.name()))
                .collect(Collectors.joining(", "))));
        List<String> departments = user.departmentCodes().stream().sorted().toList();
        add(new Label("departments", departments.isEmpty() ? getString("noDepartments")
                : String.join(", ", departments)));
        for (Role role : Role.values()) {
            WebMarkupContainer section = new WebMarkupContainer(role.name().toLowerCase(java.util.Locale.ROOT));
            section.setVisible(user.has(role));
            add(section);
        }
        ((WebMarkupContainer) get("trainee")).add(new BookmarkablePageLink<>("dashboardLink", DashboardPage.class));
        ((WebMarkupContainer) get("manager")).add(new BookmarkablePageLink<>("reportLink",
                org.ketaminetraining.web.reports.CompletionReportPage.class));
        ((WebMarkupContainer) get("manager")).add(new BookmarkablePageLink<>("dashboardLink",
                org.ketaminetraining.web.reports.ManagerDashboardPage.class));
    }
}

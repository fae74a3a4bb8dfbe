package org.ketaminetraining.web.layout;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.apache.wicket.markup.html.WebPage;
import org.ketaminetraining.people.Role;

/**
 * One entry of the main navigation and the role it needs (none: everyone signed in). The application lists the
 * entries ({@link Site#navigation()}); the base page shows those the signed-in person's roles allow.
 */
public record NavigationItem(Class<? extends WebPage> page, String labelKey, Optional<Role> role)
        implements Serializable {

    /**
     * Administrators see every educator and manager entry too. Trainee entries are for trainees only: a trainee's
     * study is their own, and the pages refuse everyone else.
     */
    public boolean visibleTo(Set<Role> roles) {
        return role.map(r -> roles.contains(r) || (r != Role.TRAINEE && roles.contains(Role.ADMIN))).orElse(true);
    }
}

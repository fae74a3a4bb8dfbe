package org.ketaminetraining.web.component;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.wicket.Component;
import org.apache.wicket.authorization.Action;
import org.apache.wicket.authroles.authorization.strategies.role.metadata.MetaDataRoleAuthorizationStrategy;
import org.ketaminetraining.people.Role;

/**
 * Shows a component, and lets its listeners run, only for people holding one of the roles, through Wicket's
 * authorization strategy rather than a visibility flag.
 *
 * <p>Why not {@code setVisible} in {@code onConfigure}: Wicket runs {@code onConfigure} before rendering, not
 * before a listener is called on a freshly built stateless page, so a form hidden that way still accepts a POST to
 * its listener URL. Wicket asks the authorization strategy for ENABLE every time it is about to call a listener
 * ({@code Component#canCallListener}), and for RENDER before rendering, so a component gated here can neither be
 * seen nor be used by anyone else. The service behind it checks the caller again.
 */
public final class RoleGate {

    private RoleGate() {
    }

    /** Lets only holders of one of {@code roles} see and use {@code component}; returns it. */
    public static <C extends Component> C onlyFor(C component, Role... roles) {
        String names = Arrays.stream(roles).map(Role::name).collect(Collectors.joining(","));
        for (Action action : new Action[]{Component.RENDER, Component.ENABLE}) {
            MetaDataRoleAuthorizationStrategy.authorize(component, action, names);
        }
        return component;
    }
}

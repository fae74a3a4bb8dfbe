package org.ketaminetraining.web.layout;

import java.util.Optional;
import org.apache.wicket.Session;
import org.apache.wicket.authroles.authentication.AuthenticatedWebSession;
import org.apache.wicket.authroles.authorization.strategies.role.Roles;
import org.apache.wicket.request.Request;
import org.ketaminetraining.people.service.AccessDeniedException;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * The web session: who is signed in. Authentication itself happens in a service (a password today, hospital
 * single sign-on later); whatever succeeds hands the result to {@link #signInAs}.
 */
public class AppSession extends AuthenticatedWebSession {

    private static final long serialVersionUID = 1L;
    private SignedInUser user;

    public AppSession(Request request) {
        super(request);
    }

    public static AppSession get() {
        return (AppSession) Session.get();
    }

    /**
     * Starts a signed-in session for a person already authenticated. The session id is replaced first, so an id
     * planted before sign-in (session fixation) is worthless.
     */
    public void signInAs(SignedInUser signedIn) {
        replaceSession();
        this.user = signedIn;
        signIn(true);
        bind();
    }

    /** Keeps the session's copy current after the person changed something about themselves. */
    public void refresh(SignedInUser updated) {
        if (user != null && user.accountId() == updated.accountId()) {
            this.user = updated;
        }
    }

    public Optional<SignedInUser> user() {
        return Optional.ofNullable(user);
    }

    /**
     * Who is signed in, to hand to a service that checks what they may do. Pages that call it are signed-in only;
     * should someone not signed in reach one anyway, the service would refuse an empty caller, so this refuses first.
     */
    public SignedInUser caller() {
        return user().orElseThrow(() -> new AccessDeniedException("nobody is signed in"));
    }

    @Override
    protected boolean authenticate(String username, String password) {
        // Sign-in goes through signInAs; Wicket's username/password path is deliberately unused.
        return false;
    }

    @Override
    public Roles getRoles() {
        Roles roles = new Roles();
        user().ifPresent(u -> u.roles().forEach(r -> roles.add(r.name())));
        return roles;
    }

    @Override
    public void signOut() {
        user = null;
        super.signOut();
    }
}

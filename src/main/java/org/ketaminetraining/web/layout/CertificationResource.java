package org.ketaminetraining.web.layout;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.wicket.RestartResponseAtInterceptPageException;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.request.resource.AbstractResource;
import org.ketaminetraining.people.service.SignedInUser;

/**
 * What the certificate resources share: their services injected (each declares the one it uses), who is signed in,
 * text and byte bodies.
 */
public abstract class CertificationResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    protected CertificationResource() {
        Site.get().inject(this);
    }

    /**
     * Who is signed in. Nobody: to the sign-in page, and back here after it. Someone whose password must be
     * replaced: to that page first, as every page does.
     */
    protected static SignedInUser signedIn() {
        Optional<SignedInUser> user = AppSession.get().user();
        if (user.isEmpty()) {
            throw new RestartResponseAtInterceptPageException(Site.get().pageOf(Destination.SIGN_IN));
        }
        if (user.get().mustChangePassword()) {
            throw new RestartResponseException(Site.get().pageOf(Destination.CHANGE_PASSWORD));
        }
        return user.get();
    }

    protected static ResourceResponse text(ResourceResponse response, String contentType, String body) {
        response.setContentType(contentType);
        response.setTextEncoding("UTF-8");
        return bytes(response, body.getBytes(StandardCharsets.UTF_8));
    }

    protected static ResourceResponse bytes(ResourceResponse response, byte[] body) {
        response.setContentLength(body.length);
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes attributes) {
                attributes.getResponse().write(body);
            }
        });
        return response;
    }
}

package org.ketaminetraining.web.certificate;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.wicket.RestartResponseAtInterceptPageException;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.resource.AbstractResource;
import org.ketaminetraining.certification.service.CertificationService;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.AppSession;
import org.ketaminetraining.web.KetamineTrainingApplication;
import org.ketaminetraining.web.account.ChangePasswordPage;
import org.ketaminetraining.web.pub.LoginPage;

/** What the certificate resources share: the service, who is signed in, the client's address, byte bodies. */
abstract class CertificationResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    @Inject
    private CertificationService certification;

    CertificationResource() {
        KetamineTrainingApplication.get().inject(this);
    }

    CertificationService certification() {
        return certification;
    }

    /**
     * Who is signed in. Nobody: to the sign-in page, and back here after it. Someone whose password must be
     * replaced: to that page first, as every page does.
     */
    static SignedInUser signedIn() {
        Optional<SignedInUser> user = AppSession.get().user();
        if (user.isEmpty()) {
            throw new RestartResponseAtInterceptPageException(LoginPage.class);
        }
        if (user.get().mustChangePassword()) {
            throw new RestartResponseException(ChangePasswordPage.class);
        }
        return user.get();
    }

    /** The address the connection came from; headers such as X-Forwarded-For are the client's to invent. */
    static String remoteAddress(Attributes attributes) {
        Object request = attributes.getRequest().getContainerRequest();
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
    }

    static ResourceResponse text(ResourceResponse response, String contentType, String body) {
        return text(response, 200, contentType, body);
    }

    /**
     * A text answer with a status of its own. The status is set as the body is written, because Wicket writes no
     * body at all for a status it is told of up front from 300 on, and a 429 should say what happened.
     */
    static ResourceResponse text(ResourceResponse response, int status, String contentType, String body) {
        response.setContentType(contentType);
        response.setTextEncoding("UTF-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes attributes) {
                if (status != 200) {
                    ((WebResponse) attributes.getResponse()).setStatus(status);
                }
                attributes.getResponse().write(bytes);
            }
        });
        return response;
    }

    static ResourceResponse bytes(ResourceResponse response, byte[] body) {
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

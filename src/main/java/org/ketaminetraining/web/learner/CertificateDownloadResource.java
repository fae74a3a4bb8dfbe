package org.ketaminetraining.web.learner;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.ResourceReference;
import org.ketaminetraining.certification.service.CertificateFiles;
import org.ketaminetraining.certification.service.CertificateRegistry;
import org.ketaminetraining.people.service.SignedInUser;
import org.ketaminetraining.web.layout.CertificationResource;
import org.ketaminetraining.web.component.FreshResource;
import org.ketaminetraining.web.layout.AccessDeniedPage;

/**
 * {@code /certificates/download/${code}/${format}}: one of a certificate's files as an attachment. Signed-in only;
 * the service decides who may have a certificate's files (its holder and administrators, never managers, since
 * every file carries the score): a refusal is the access-denied page (403), an unknown code or format is 404. Only
 * the requested format is made, so one format failing never affects another. Never cached: the files carry
 * personal data.
 */
public final class CertificateDownloadResource extends CertificationResource {

    /** {@code /certificates/download/${code}/${format}}: a certificate's files, for those allowed to see them. */
    public static final ResourceReference REFERENCE = FreshResource.of(CertificateDownloadResource.class,
            "download", CertificateDownloadResource::new);

    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateRegistry registry;

    /** The forms a certificate is downloaded in, by their name in the URL. */
    enum Format {
        PDF("pdf", "application/pdf", ".pdf", CertificateFiles::pdf),
        JSON("json", "application/json", ".json", CertificateFiles::signedJson),
        BADGE("badge", "application/vc+jwt", "-badge.jwt", f -> f.badgeJwt().getBytes(StandardCharsets.US_ASCII));

        final String urlName;
        final String contentType;
        final String fileSuffix;
        final Function<CertificateFiles, byte[]> body;

        Format(String urlName, String contentType, String fileSuffix, Function<CertificateFiles, byte[]> body) {
            this.urlName = urlName;
            this.contentType = contentType;
            this.fileSuffix = fileSuffix;
            this.body = body;
        }

        static Optional<Format> parse(String text) {
            String wanted = text.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.urlName.equals(wanted)).findFirst();
        }

        String fileName(String code) {
            return "certificate-" + code.replaceAll("[^A-Za-z0-9-]", "") + fileSuffix;
        }
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        SignedInUser caller = signedIn();
        ResourceResponse response = new ResourceResponse();
        response.disableCaching();
        Optional<Format> format = Format.parse(attributes.getParameters().get("format").toString(""));
        String code = attributes.getParameters().get("code").toString("");
        if (format.isEmpty()) {
            response.setError(404);
            return response;
        }
        Optional<CertificateFiles> files;
        try {
            files = registry.files(caller, code);
        } catch (SecurityException refused) {
            throw new RestartResponseException(AccessDeniedPage.class);
        }
        if (files.isEmpty()) {
            response.setError(404);
            return response;
        }
        response.setContentType(format.get().contentType);
        response.setFileName(format.get().fileName(files.get().code()));
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        return bytes(response, format.get().body.apply(files.get()));
    }
}

package org.ketaminetraining.web.certificate;

import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;
import org.danekja.java.util.function.serializable.SerializableSupplier;

/**
 * The certificate files and answers served outside pages, as references the application mounts and pages link
 * to. Each request gets a fresh resource, which receives its service on creation.
 */
public final class CertificateResources {

    /** {@code /certificates/public-key.pem}: the current public key. */
    public static final ResourceReference PUBLIC_KEY_PEM = reference("public-key-pem", () -> new PublicKeyResource(
            PublicKeyResource.Form.PEM));
    /** {@code /.well-known/jwks.json}: the current public key as a JSON Web Key Set. */
    public static final ResourceReference JWKS = reference("jwks", () -> new PublicKeyResource(
            PublicKeyResource.Form.JWKS));
    /** {@code /certificates/download/${code}/${format}}: a certificate's files, for those allowed to see them. */
    public static final ResourceReference JWK = reference("jwk", () -> new PublicKeyResource(
            PublicKeyResource.Form.JWK));

    public static final ResourceReference DOWNLOAD = reference("download", CertificateDownloadResource::new);
    /** {@code /reports/completion.csv}: the completion report as CSV, with the page's filters and sort. */
    public static final ResourceReference COMPLETION_CSV = reference("completion-csv", CompletionCsvResource::new);

    private CertificateResources() {
    }

    private static ResourceReference reference(String name, SerializableSupplier<IResource> factory) {
        return new ResourceReference(CertificateResources.class, name) {
            private static final long serialVersionUID = 1L;

            @Override
            public IResource getResource() {
                return factory.get();
            }
        };
    }
}

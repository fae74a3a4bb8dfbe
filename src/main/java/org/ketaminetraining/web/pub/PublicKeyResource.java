package org.ketaminetraining.web.pub;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.resource.ContentDisposition;
import org.apache.wicket.request.resource.ResourceReference;
import org.ketaminetraining.certification.service.CertificateVerification;
import org.ketaminetraining.certification.service.PublicKeyInfo;
import org.ketaminetraining.web.layout.CertificationResource;
import org.ketaminetraining.web.component.FreshResource;

/**
 * The installation's public key, for anyone who checks a signed certificate file or an Open Badge offline: as PEM
 * ({@code /certificates/public-key.pem}, a download) or as a JSON Web Key Set ({@code /.well-known/jwks.json}).
 * Both are public and may be read from any site's scripts; caches keep them ten minutes, so a new key is picked
 * up soon after it is made. The key set is written with Jakarta JSON-P, which the server provides (Liberty's
 * {@code jsonp-2.1} feature); JSON-P keeps the key's members in their order.
 */
public final class PublicKeyResource extends CertificationResource {

    /** {@code /certificates/public-key.pem}: the current public key. */
    public static final ResourceReference PEM = FreshResource.of(PublicKeyResource.class, "public-key-pem",
            () -> new PublicKeyResource(Form.PEM));
    /** {@code /.well-known/jwks.json}: the current public key as a JSON Web Key Set. */
    public static final ResourceReference JWKS = FreshResource.of(PublicKeyResource.class, "jwks",
            () -> new PublicKeyResource(Form.JWKS));
    /** {@code /certificates/keys/${keyId}}: one key as a JSON Web Key, the kid an Open Badge names. */
    public static final ResourceReference JWK = FreshResource.of(PublicKeyResource.class, "jwk",
            () -> new PublicKeyResource(Form.JWK));

    private static final long serialVersionUID = 1L;
    private static final String JSON = "application/json";

    @Inject
    private CertificateVerification verification;

    enum Form {
        PEM,
        JWKS,
        /** One key at {@code /certificates/keys/<keyId>}: the URL an Open Badge names as its {@code kid}. */
        JWK
    }

    private final Form form;

    PublicKeyResource(Form form) {
        this.form = form;
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        PublicKeyInfo key = verification.publicKey();
        ResourceResponse response = new ResourceResponse();
        response.setCacheDuration(Duration.ofMinutes(10));
        response.setCacheScope(WebResponse.CacheScope.PUBLIC);
        response.getHeaders().setHeader("Access-Control-Allow-Origin", "*");
        if (form == Form.PEM) {
            response.setFileName("public-key.pem");
            response.setContentDisposition(ContentDisposition.ATTACHMENT);
            return text(response, "text/plain", key.publicPem());
        }
        if (form == Form.JWK) {
            if (!key.keyId().equals(attributes.getParameters().get("keyId").toString(""))) {
                response.setError(404);
                return response;
            }
            return text(response, JSON, key.jwkJson());
        }
        JsonObject jwk = Json.createReader(new StringReader(key.jwkJson())).readObject();
        return text(response, JSON, Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(jwk))
                .build().toString());
    }
}

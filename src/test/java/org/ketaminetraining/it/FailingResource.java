package org.ketaminetraining.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A resource that fails the way a bug would, deployed only in {@link ApiFailureIT}'s test archive (beside the
 * app's own API classes), so that the answer to an unexpected exception can be seen over HTTP.
 */
@Path("it-failure")
public class FailingResource {

    static final String SECRET = "jdbc:derby:/secret/path password=hunter2";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String fail() {
        throw new IllegalStateException("Database at " + SECRET + " refused");
    }
}

package org.ketaminetraining.integration.service;

/**
 * A token just created: the only time its secret exists outside the HR system it is given to.
 *
 * @param secret the whole token to send as {@code Authorization: Bearer ...}
 */
public record CreatedApiToken(ApiTokenView token, String secret) {

    @Override
    public String toString() {
        return "CreatedApiToken[" + token + ", secret hidden]";
    }
}

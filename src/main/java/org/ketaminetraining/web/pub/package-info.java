/**
 * Pages and files anyone may open without signing in: sign-in, first-run setup, public certificate verification
 * (with its rate-limit page) and the certificate signing key (PEM and JWK). The error pages are the layout's.
 */
package org.ketaminetraining.web.pub;

/**
 * The JSON API on Jakarta REST and JSON-B, under {@code /api}: thin resources that parse the request, call a
 * service and answer a record that JSON-B writes. Every error under {@code /api}, the resources' own and the
 * framework's (unknown route, wrong method), is an RFC 9457 {@code application/problem+json} answer from one
 * mapper, and every answer carries the app's security headers. Nothing here knows Wicket.
 */
package org.ketaminetraining.api;

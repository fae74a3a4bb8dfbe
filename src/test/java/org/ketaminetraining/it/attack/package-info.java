/**
 * The attack corpus (issue 24, point 8), run by {@code mvn verify} against the real test server: XSS payloads typed
 * into every text field of every form the administrator and the educator reach, and into the stored values other
 * pages show (department names, the user import, a question draft's Markdown), each page rendered in Chromium and
 * checked for execution, injected elements, dangerous URLs and Content-Security-Policy violations (in the page and
 * in the server's report log); and hostile input over raw HTTP (megabyte values in every form, invalid UTF-8, deep
 * JSON, bodies over the limit, slow and silent clients), each refused in milliseconds and never with a 500.
 */
package org.ketaminetraining.it.attack;

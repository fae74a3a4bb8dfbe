/**
 * One strict JSON reader and writer (RFC 8259) for the certificate and badge code, written without a library.
 *
 * <p>Why it exists: what is signed is bytes, and a signature is only as good as the agreement on what those bytes
 * mean. The certificate file of {@code certification.signing} and the Open Badges credential of
 * {@code certification.badge} both sign JSON, so both need a reader under which a signed text has exactly one
 * meaning, and both must stay JDK-only so that an auditor can read every line a verifier depends on. They used to
 * have a reader each, the same code twice; this package is that code once.
 *
 * <ul>
 *   <li>{@link org.ketaminetraining.certification.json.JsonReader}: strict parsing. One value filling the whole
 *       text; duplicate member names refused (two readers could pick different ones); nesting limited; numbers
 *       exact ({@link java.math.BigDecimal}, or {@link java.math.BigInteger} for integer literals if asked), never
 *       rounded through {@code double}; every error says line and column
 *       ({@link org.ketaminetraining.certification.json.JsonSyntaxException}). A caller can refuse more, at the
 *       place the value stands: certificates refuse {@code true}, {@code false}, {@code null} and fractions.</li>
 *   <li>{@link org.ketaminetraining.certification.json.JsonWriter}: compact writing, members in the map's
 *       iteration order, strings escaped by RFC 8259's mandatory escapes and no more (RFC 8785's rule).</li>
 *   <li>{@link org.ketaminetraining.certification.json.Utf8}: strict UTF-8 both ways: malformed input is refused,
 *       never replaced.</li>
 * </ul>
 *
 * <h2>Why not Jakarta JSON-P (Parsson) or JSON-B: measured</h2>
 * Issue #14 asked to replace this package with a library unless a measured reason says otherwise. Measured with
 * Parsson 1.1.9 and with Open Liberty 26's own Parsson 1.1 build (the JSON-P the server gives the app), December
 * 2026:
 * <ul>
 *   <li>Error places. At an unexpected end of text Parsson names a place outside the text: {@code [1,2} (four
 *       characters) fails at "line 1, column 15", expecting {@code ,} or <code>}</code> in an array; an empty text
 *       at column 0. Of the 16 refusals {@code JsonTest} pins with their place, Parsson puts 10 elsewhere (a bad
 *       escape after the backslash, an unclosed string at the end of the text, a leading zero one character
 *       late) and accepts one (a 41-digit number), and every message names tokens or character codes instead of
 *       the problem ({@code Invalid token=NUMBER ... Expected tokens are: [COMMA]},
 *       {@code Unexpected char 65,279}).</li>
 *   <li>Duplicate members. The streaming parser passes {@code {"a":1,"a":2}} through; only the object-model
 *       reader refuses them ({@code JsonConfig.KEY_STRATEGY} NONE), and that reader accepts text after the value:
 *       {@code [1] [2]} reads as {@code [1]}.</li>
 *   <li>A layer that put these right (duplicates, depth, number length, places re-derived from the text, messages
 *       translated from the library's English by pattern) would be most of {@code JsonReader} again, plus the
 *       library.</li>
 *   <li>Writing. What {@code JsonWriter} writes is signed (badges) or canonical (certificates). In the server
 *       the JSON-P provider is Liberty's build, not the version the tests ran, so signed bytes would change with
 *       a server upgrade; the writer's escaping is 20 lines, pinned by golden bytes and judged by an independent
 *       RFC 8785 implementation in the tests ({@code Rfc8785Test}).</li>
 *   <li>The offline verifier ({@code certification.signing.VerifyCertificate}) keeps running on a bare JDK.</li>
 * </ul>
 * Where none of this matters the platform's JSON is used: the API's JSON-B, and JSON-P for the published key set
 * ({@code web.pub.PublicKeyResource}).
 *
 * <p>Pure and JDK-only: no I/O, no clock, no framework, no third-party class.
 */
package org.ketaminetraining.certification.json;

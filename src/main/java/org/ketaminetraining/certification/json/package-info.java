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
 * <p>Pure and JDK-only: no I/O, no clock, no framework, no third-party class.
 */
package org.ketaminetraining.certification.json;

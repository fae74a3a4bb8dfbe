/**
 * The Wicket user interface, in packages that depend one way (guarded by {@code WebPackagesTest}): {@code app}
 * mounts everything and is imported by nothing; {@code layout} is what every page stands on; one feature package per
 * part of the product ({@code learner}, {@code assessment}, {@code author}, {@code reports}, {@code admin},
 * {@code account}, {@code pub}) imports layout and the shared packages ({@code component}, {@code question},
 * {@code csv}, {@code isolation}) and never another feature. Pages are thin: they call services through interfaces
 * and render what comes back.
 */
package org.ketaminetraining.web;

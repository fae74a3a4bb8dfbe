/**
 * The Wicket user interface: the application, the session that knows who is signed in, and the base layout.
 * Pages sit in sub-packages by audience ({@code pub} for pages anyone may open, {@code account}, {@code admin});
 * they are thin: they call services through interfaces and render what comes back.
 */
package org.ketaminetraining.web;

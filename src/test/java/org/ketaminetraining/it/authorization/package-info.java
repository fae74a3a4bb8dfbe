/**
 * The authorization matrix over real HTTP (issue 24, point 7): every route the application serves, found in the
 * application itself (Wicket's mounts and bookmarkable pages, the Jakarta REST resources, the health checks, what
 * web.xml and server.xml hand to the container), requested as every identity (signed out, trainee, educator, a
 * manager of the person's own department and one of another, administrator), with the outcome each must get taken
 * from one rule table ({@link org.ketaminetraining.it.authorization.AccessRules}); and every listener address a
 * page offers, replayed in the sessions of those the page is refused to.
 */
package org.ketaminetraining.it.authorization;

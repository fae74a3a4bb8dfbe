/** Pages anyone may open without signing in: sign-in, first-run setup and the error pages. */
package org.ketaminetraining.web.pub;

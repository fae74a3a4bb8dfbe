/** Pages about one's own account. */
package org.ketaminetraining.web.account;

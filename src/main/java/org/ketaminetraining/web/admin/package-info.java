/** Administration pages: accounts, roles, departments, user import, backups and the activity log. ADMIN only. */
package org.ketaminetraining.web.admin;

/** Small shared Wicket components: page messages, field error display, and how service refusals reach fields. */
package org.ketaminetraining.web.component;

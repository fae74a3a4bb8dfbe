/** Tests of the pure compliance rules: due dates, states and re-evaluation, as plain functions of dates and facts. */
package org.ketaminetraining.compliance;

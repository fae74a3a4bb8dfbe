/** Writing tables as CSV files that spreadsheets open safely. Plain Java, no Wicket. */
package org.ketaminetraining.web.csv;

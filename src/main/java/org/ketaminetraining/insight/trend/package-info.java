/**
 * Figures over time (pure): an item's accuracy month by month. No container, framework or database imports; time
 * zones and answers are handed in.
 */
package org.ketaminetraining.insight.trend;

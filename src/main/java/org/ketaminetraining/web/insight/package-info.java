/**
 * Item analysis, calibration and the scheduler's fitted weights, for educators and administrators: which items
 * work ({@code /insight/items}), one item's answers and figures over time ({@code /insight/item}), how well predicted
 * recall matches observed recall ({@code /insight/calibration}), and fitting the weights to the organisation's own
 * reviews ({@code /admin/scheduling}). Thin pages over the {@code insight.service} services; the view of each page
 * lives in its URL so that it can be bookmarked; charts are server-drawn SVG with the same numbers in a table.
 */
package org.ketaminetraining.web.insight;

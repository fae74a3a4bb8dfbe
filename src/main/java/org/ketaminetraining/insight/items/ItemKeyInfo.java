package org.ketaminetraining.insight.items;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the analysis must know of an item.
 *
 * @param itemKey       the item's stable key
 * @param categories    its answer categories in authored order: the option labels of a choice item, "true" and
 *                      "false"; empty for free-answer types, whose categories are then whatever was answered.
 *                      No duplicates.
 * @param keyCategories the categories that are (part of) the right answer; when {@code categories} is not empty,
 *                      each must be one of them
 */
public record ItemKeyInfo(String itemKey, List<String> categories, Set<String> keyCategories) {

    public ItemKeyInfo {
        Checks.key(itemKey, "itemKey");
        Checks.noNulls(categories, "categories");
        Checks.noNulls(keyCategories, "keyCategories");
        categories = List.copyOf(categories);
        keyCategories = Set.copyOf(keyCategories);
        if (new HashSet<>(categories).size() != categories.size()) {
            throw new IllegalArgumentException("item " + itemKey + " lists a category twice: " + categories);
        }
        if (!categories.isEmpty() && !categories.containsAll(keyCategories)) {
            throw new IllegalArgumentException("item " + itemKey + " has key " + keyCategories
                    + " that is not among its categories " + categories);
        }
    }
}

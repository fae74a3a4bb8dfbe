package org.ketaminetraining.integration;

import java.util.List;

/**
 * A page of a list the API answers: {@code page} from 1, {@code size} rows (default {@value #DEFAULT_SIZE}, at most
 * {@value #MAX_SIZE}). Read from the query's text, bounded before it is parsed; anything else is refused with a
 * message naming the parameter, never silently replaced by a default.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Far beyond any real list; keeps the first row's index inside an int. */
    public static final int MAX_PAGE = 100_000;
    /** Longer parameter values are not parsed. */
    private static final int MAX_DIGITS = 6;

    public PageRequest {
        if (page < 1 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page or size out of range");
        }
    }

    /**
     * The page asked for in the query parameters (null when absent).
     *
     * @throws IllegalArgumentException with a message for the client, naming the parameter and its bounds
     */
    public static PageRequest of(String page, String size) {
        return new PageRequest(number("page", page, 1, 1, MAX_PAGE), number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    private static int number(String name, String text, int absent, int min, int max) {
        if (text == null || text.isEmpty()) {
            return absent;
        }
        String problem = "The query parameter '" + name + "' must be a whole number from " + min + " to " + max + ".";
        if (text.length() > MAX_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(problem);
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    /** The index of the page's first row. */
    public int first() {
        return (page - 1) * size;
    }

    /** This page of a whole list. */
    public <T> Page<T> of(List<T> all) {
        int from = Math.min(first(), all.size());
        int to = Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), page, size, all.size());
    }

    /** A page of rows that was cut by the query itself, with the total the query counted. */
    public <T> Page<T> cut(List<T> rows, int total) {
        return new Page<>(rows, page, size, total);
    }

    /**
     * One page of a list and where it stands in the whole.
     *
     * @param total rows in the whole list
     */
    public record Page<T>(List<T> items, int page, int size, int total) {

        public Page {
            items = List.copyOf(items);
        }

        /** How many pages the whole list fills (at least 1, an empty list is one empty page). */
        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return page < pages();
        }

        public <R> Page<R> map(java.util.function.Function<T, R> convert) {
            return new Page<>(items.stream().map(convert).toList(), page, size, total);
        }
    }
}

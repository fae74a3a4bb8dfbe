package org.ketaminetraining.insight.items;

/** Why an item needs checking. */
public enum FlagReason {
    /** Discrimination below the minimum, including negative: the item does not tell knowing from not knowing. */
    LOW_DISCRIMINATION,
    /** A wrong option attracts more of the best attempts than the right answer: a wrong key or a second answer. */
    DISTRACTOR_BEATS_KEY,
    /** Facility above the maximum: nearly everyone gets it right, so it measures nothing. */
    TOO_EASY,
    /** Facility below the minimum: a wrong key, or something the teaching does not cover. */
    TOO_HARD,
    /** Many high-confidence answers are wrong: a likely misconception, in the item or in the teaching. */
    CONFIDENTLY_WRONG,
    /** A learner forgets it again and again after knowing it. */
    LEECH
}

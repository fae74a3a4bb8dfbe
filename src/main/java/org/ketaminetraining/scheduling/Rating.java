package org.ketaminetraining.scheduling;

/**
 * How a review went, on the four-point scale both FSRS and SM-2 use. Every rating but {@link #AGAIN} is a pass.
 */
public enum Rating {
    /** Forgot: a lapse. */
    AGAIN(1),
    /** Recalled with effort; still a pass. */
    HARD(2),
    /** Recalled. */
    GOOD(3),
    /** Recalled without effort. Automatic grading never produces it; imported histories may contain it. */
    EASY(4);

    private static final Rating[] BY_GRADE = values();

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The number 1..4 that the FSRS formulas and review exports use. */
    public int grade() {
        return grade;
    }

    public boolean isPass() {
        return this != AGAIN;
    }

    /**
     * @throws IllegalArgumentException when {@code grade} is not 1..4
     */
    public static Rating ofGrade(int grade) {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException("rating must be 1 (Again) to 4 (Easy), was " + grade);
        }
        return BY_GRADE[grade - 1];
    }
}

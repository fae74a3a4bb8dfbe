package org.ketaminetraining.compliance;

/**
 * Where a person stands against an assignment's due date today.
 * <ul>
 *   <li>{@link #NOT_ASSIGNED}: no open assignment of the programme: nothing is due.</li>
 *   <li>{@link #MET}: a certificate in force satisfies the assignment (an earlier valid certificate counts).</li>
 *   <li>{@link #DUE}: due on a date more than the "soon" window away.</li>
 *   <li>{@link #DUE_SOON}: due within the window ("due in N days").</li>
 *   <li>{@link #OVERDUE}: the due date has passed and no certificate in force satisfies it.</li>
 * </ul>
 */
public enum DueState {
    NOT_ASSIGNED, MET, DUE, DUE_SOON, OVERDUE
}

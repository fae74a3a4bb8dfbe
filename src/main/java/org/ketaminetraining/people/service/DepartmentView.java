package org.ketaminetraining.people.service;

import java.io.Serializable;

/**
 * A department with the number of people in it.
 *
 * @param defaultForNewTrainees whether new trainees for whom no department is chosen join it (KT_DEFAULT_DEPARTMENT)
 */
public record DepartmentView(long id, String code, String name, long members, boolean defaultForNewTrainees)
        implements Serializable {

    public DepartmentView(long id, String code, String name, long members) {
        this(id, code, name, members, false);
    }
}

package org.ketaminetraining.people.service;

import java.io.Serializable;

/** A department with the number of people in it. */
public record DepartmentView(long id, String code, String name, long members) implements Serializable {
}

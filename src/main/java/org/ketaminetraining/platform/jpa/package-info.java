/** JPA plumbing shared by every entity: type conversions the persistence provider lacks. */
package org.ketaminetraining.platform.jpa;

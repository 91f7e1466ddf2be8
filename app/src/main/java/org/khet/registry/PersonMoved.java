package org.khet.registry;

/**
 * A person still in the area's service now works somewhere else: their record moved from the school {@code
 * fromSchool} to the school {@code toSchool}, or to a unit of the area office ({@code toSchool} null). Published by a
 * person's edit and by the people import, once for each person whose school changed. Modules end what the person
 * held because of their work at the old school, such as the roles of their account there.
 */
public record PersonMoved(long person, long area, long fromSchool, Long toSchool) {}

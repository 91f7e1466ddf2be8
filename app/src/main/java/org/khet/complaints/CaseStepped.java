package org.khet.complaints;

/**
 * A case took a step: published inside the step's transaction and handled after it commits (the event is kept
 * until it has been, so a notification is not lost to a restart).
 */
record CaseStepped(long complaintId, String step) {}

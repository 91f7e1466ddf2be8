package org.khet.platform;

import java.util.List;

/**
 * Records whose audit events a reader must not see, told by the module that owns them: a complaint case is kept
 * from the person it is about, and its events in the audit log would tell them it exists and what it is about.
 * The audit log asks every implementation on each search.
 */
public interface AuditVisibility {

    /** A record as the audit log names it: its entity type and id. */
    record Entity(String type, String id) {}

    /** The records whose events the reader may not see; usually none. */
    List<Entity> hiddenFrom(KhetUser reader);
}

package org.khet.platform;

/** Whether Khet runs its own embedded PostgreSQL (a trial or demo install) or uses an operator's server. */
public record DatabaseMode(boolean embedded) {}

package org.khet.registry;

/** What an import did. Importing the same file again reports every row unchanged. */
public record ImportReport(int rows, int created, int updated, int unchanged, int networksCreated) {}

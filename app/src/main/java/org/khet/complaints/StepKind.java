package org.khet.complaints;

/**
 * What an entry of a case's journal ({@code complaint_step.step}) records: a status the case moved to ({@link
 * CaseStatus#step()}, the same names), a raise of an overdue case, a team sent and its report, or what the complainant
 * sent later. Stored by its name; its label is the message {@code complaints.step.<NAME>}.
 */
enum StepKind {
    RECEIVED,
    ACCEPTED,
    NOT_OURS,
    ASSIGNED,
    FORWARDED,
    INVESTIGATING,
    RESOLVED,
    CLOSED,
    REOPENED,
    /** Overran its step: raised to the legal group (the day it was due is noted). */
    ESCALATED,
    /** Overran its step further: raised to the area director. */
    ESCALATED_TO_DIRECTOR,
    /** A rapid mobile unit went out (its day is noted and shown to the complainant). */
    DISPATCHED,
    DISPATCH_REPORTED,
    /** The complainant added information (and maybe files) through the status page. */
    INFO_ADDED,
    /** The complainant added files only. */
    FILES_ADDED
}

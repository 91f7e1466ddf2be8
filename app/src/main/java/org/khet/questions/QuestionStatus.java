package org.khet.questions;

/**
 * Where a question from the public stands, stored by its name in {@code questions.public_question.status}. Its label
 * is in messages*.properties ({@code questions.status.*}); the desk shows it as a badge of its own colour and offers
 * the steps that suit it.
 */
enum QuestionStatus {
    /** Asked and waiting for the office's answer. */
    PENDING("text-bg-warning"),
    /** Answered and on the public page. */
    PUBLISHED("text-bg-success"),
    /** Set aside, or taken off the public page: never shown to the public. */
    REJECTED("text-bg-secondary");

    private final String badge;

    QuestionStatus(String badge) {
        this.badge = badge;
    }

    /** The message key of its name. */
    public String label() {
        return "questions.status." + name();
    }

    /** The Bootstrap class of its badge on the desk. */
    public String badge() {
        return badge;
    }

    public boolean waiting() {
        return this == PENDING;
    }

    /** The message key of the desk's publishing button: a published answer is updated, any other published. */
    public String publishStep() {
        return this == PUBLISHED ? "questions.desk.update" : "questions.desk.publish";
    }

    /** Whether the staff may still set it aside (a published one is then withdrawn from the public page). */
    public boolean maySetAside() {
        return this != REJECTED;
    }

    /** The message key of the desk's button that sets it aside. */
    public String setAsideStep() {
        return this == PUBLISHED ? "questions.desk.withdraw" : "questions.desk.reject";
    }
}

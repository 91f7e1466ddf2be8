package org.khet.personnel;

/**
 * The leave types of the government leave regulation (พ.ศ. 2555). Sick, maternity and ordination or Hajj reveal
 * health or religion (PDPA section 26): a request of such a type is seen only by the person, the approvers and the
 * personnel group, and any other read is audited.
 */
public enum LeaveType {
    SICK(true),
    MATERNITY(true),
    CHILDCARE(false),
    PATERNITY(false),
    PERSONAL(false),
    VACATION(false),
    ORDINATION(true),
    MILITARY(false),
    STUDY(false),
    INTERNATIONAL(false),
    SPOUSE(false),
    REHABILITATION(false);

    private final boolean sensitive;

    LeaveType(boolean sensitive) {
        this.sensitive = sensitive;
    }

    public boolean sensitive() {
        return sensitive;
    }

    /** The type of this name, or null for anything else (a form's blank or a typo). */
    static LeaveType named(String name) {
        for (LeaveType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}

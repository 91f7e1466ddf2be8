package org.khet.personnel.development;

/** What kind of development a record is. */
public enum TrainingKind {
    TRAINING,
    SEMINAR,
    ONLINE_COURSE,
    PLC,
    STUDY_VISIT,
    ACTION_LEARNING
}

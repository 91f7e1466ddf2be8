/**
 * Subject shortages of the workforce plan: per school and academic year, the teaching hours each of the curriculum's
 * eight learning areas needs (each grade's classes, counted as {@link org.khet.personnel.Workforce} counts them, times
 * the grade's hours), the teachers that makes at the teaching load in force, set against the government teachers
 * whose first qualification's major teaches that area. Tables {@code personnel.curriculum_hours} and
 * {@code personnel.teaching_load} (dated rule data) and {@code personnel.major_area} (majors as written → learning
 * area); page {@code /personnel/subjects} (with Excel), the rules on {@code /admin/personnel/subjects}, API
 * {@code GET /api/v1/personnel/subject-shortages}.
 */
package org.khet.personnel.subjects;

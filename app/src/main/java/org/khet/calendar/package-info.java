/**
 * The office calendar (ปฏิทินวันทำการของสำนักงาน): national holidays and each area's own days off, as data with
 * their dates, and the working-day arithmetic of a Thai government office over them (Monday to Friday, less the
 * holidays), with the Thai fiscal and academic year of a date from the {@code thai} library. The page {@code
 * /calendar} lets the system administrator keep the national holidays and an area's director (or the administrator)
 * the area's own, one by one or a year at a time from a CSV or Excel file. Its table lives in the schema {@code
 * calendar}.
 *
 * <p>Offers {@link org.khet.calendar.OfficeCalendar} with {@link org.khet.calendar.Holiday} and {@link
 * org.khet.calendar.DayOff} (complaints' deadlines today; correspondence deadlines and leave next), which other
 * modules use and never read its table. It publishes no events or views and listens to none.
 *
 * <p>Needs the platform (users, audit, imports, menu) and the registry's areas ({@link org.khet.registry.Areas})
 * for their names.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry"})
package org.khet.calendar;

import org.springframework.modulith.ApplicationModule;

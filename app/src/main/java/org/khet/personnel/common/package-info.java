/**
 * What every part of personnel shares and no other module needs: the office's day in Thailand's zone, the area an API
 * call names, a page's form step, the dated rule tables' reading and writing ({@code DatedTable}, {@code DatedRows}),
 * a decision's reason ({@code Decisions}), a search by name ({@code NameSearch}), an API refusal's field names
 * ({@code ApiFields}). Internal to the module (a sub-package, so not its API under Spring Modulith's rules).
 */
package org.khet.personnel.common;

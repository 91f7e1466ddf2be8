/**
 * What every part of personnel shares and no other module needs: the office's day in Thailand's zone, the area an API
 * call names, a page's form step, a search by name. Internal to the module (a sub-package, so not its API under Spring Modulith's rules).
 */
package org.khet.personnel.common;

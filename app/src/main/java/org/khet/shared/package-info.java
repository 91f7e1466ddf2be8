/**
 * The small kernel every module may use: the clock, bilingual messages for rejected input and the error type
 * that carries them, and {@link org.khet.shared.RequiredText} for a text field people must fill in. Nothing
 * business-specific lives here.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.khet.shared;

import org.springframework.modulith.ApplicationModule;

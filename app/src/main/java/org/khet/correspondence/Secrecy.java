package org.khet.correspondence;

import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * The secrecy classes of the regulation on state secrets. A secret letter's subject and text are seen only by its
 * holders (who wrote it, and the directors of the sending and receiving organisations), every such read is logged;
 * a letter that is ลับที่สุด is registered but never travels electronically.
 */
enum Secrecy {
    NONE,
    CONFIDENTIAL,
    SECRET,
    TOP_SECRET;

    boolean secret() {
        return this != NONE;
    }

    boolean travelsElectronically() {
        return this != TOP_SECRET;
    }

    Bilingual label() {
        return Texts.of("letter.secrecy." + name());
    }
}

/**
 * The public Q&A on transfers, promotions and appointments (ถาม-ตอบ การย้าย การเลื่อน การแต่งตั้ง): anyone asks
 * on {@code /public/questions} or {@code /api/v1/public/questions} without an account, and nothing about the asker
 * is kept (asked to the hour, audited without an actor); the area office's director, staff and legal officers
 * answer on their desk ({@code /complaints/questions}), take names out, publish or set aside; only published
 * questions are ever shown. It offers the desk's menu entry and home card, and {@link
 * org.khet.questions.SampleQuestions} for the demo. It needs the platform (accounts, audit, the public limits it
 * shares with the complaint form, menu and home card), the registry's area offices and the {@code thai} dates.
 * It publishes no events or views and listens to none. Its table is in the PostgreSQL schema {@code questions}.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry"})
package org.khet.questions;

import org.springframework.modulith.ApplicationModule;

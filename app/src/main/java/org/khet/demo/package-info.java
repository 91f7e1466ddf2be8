/**
 * The demo dataset: on an empty embedded database Khet loads one area office modelled on สพป.พัทลุง เขต 2 with its
 * real school networks, about 120 fictional schools, their staff and a demo user of each role. It goes in through
 * the same imports users use. Never on an external database. It offers nothing; it needs the registry's imports
 * and {@link org.khet.registry.PositionHolders} (to link the demo users to their people), achievement's {@link
 * org.khet.achievement.ResultImport}, complaints' {@link org.khet.complaints.SampleCases}, the Q&A's {@link
 * org.khet.questions.SampleQuestions}, correspondence's {@link org.khet.correspondence.SampleLetters}, procurement's
 * {@link org.khet.procurement.SampleSuppliers} and the platform's accounts ({@link org.khet.platform.DemoAccounts}).
 */
@ApplicationModule(
        allowedDependencies = {
            "achievement",
            "complaints",
            "correspondence",
            "procurement",
            "questions",
            "registry",
            "platform",
            "shared",
            "thai"
        })
package org.khet.demo;

import org.springframework.modulith.ApplicationModule;

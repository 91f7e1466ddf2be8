package org.khet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Modulith module test against a real PostgreSQL: put it on a test class in a module's package
 * ({@code org.khet.registry}) and only that module's beans start, with those of the modules it depends on directly
 * (almost every module needs the platform's accounts and audit log, so {@link BootstrapMode#DIRECT_DEPENDENCIES} is
 * the default; pass {@code mode = BootstrapMode.STANDALONE} for a module that needs none). No demo data is loaded,
 * no web server listens: the test makes the rows it needs through the module's own API (with names no other test
 * uses) and asserts what came out, or the events the module published, with a {@code Scenario} or
 * {@code AssertablePublishedEvents} parameter. A test may take the shared {@link TestClock} to move time.
 *
 * <p>Every module test of a run shares one embedded PostgreSQL, started once and migrated by the first context
 * (see {@link ModuleTestDatabase}), so a module test class starts in a few seconds where an {@link IntegrationTest}
 * class needs the whole application and its demo data. Listeners run after the commit of their event on another
 * thread, as in production; so a test method is not one transaction, and a reaction is awaited
 * ({@code scenario.stimulate(...).andWaitForStateChange(...)} or Awaitility), never slept for.
 *
 * <pre>{@code
 * @ModuleTest
 * class SchoolMergeModuleTest {
 *     @Test
 *     void mergingASchoolPublishesIt(Scenario scenario) {
 *         scenario.stimulate(() -> merge.merge(from, into, admin))
 *                 .andWaitForEventOfType(SchoolMerged.class)
 *                 .toArriveAndVerify(e -> assertThat(e.into()).isEqualTo(into));
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@Import(TestClock.Configuration.class)
public @interface ModuleTest {

    /** Which modules start besides the one under test. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;

    /** Further modules to start by name, e.g. a module whose listener the test watches react. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};
}

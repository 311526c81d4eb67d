/**
 * What the tests of every module share: a fresh database per test class on the real server
 * ({@link org.moomoo.testsupport.FreshDatabase}, {@link org.moomoo.testsupport.FreshDatabaseInitializer}
 * and {@link org.moomoo.testsupport.TemplateDatabaseInitializer} for Spring contexts), built from
 * templates made once per content; clocks that do not depend on the hour
 * ({@link org.moomoo.testsupport.TestClocks}); generated audio ({@code audio}) and music libraries
 * ({@code library}), shared with the benchmarks; small helpers such as
 * {@link org.moomoo.testsupport.ModelFolder}.
 */
package org.moomoo.testsupport;

/**
 * What the tests of every module share: a fresh database per test class on the real server
 * ({@link org.moomoo.testsupport.FreshDatabase}, {@link org.moomoo.testsupport.FreshDatabaseInitializer}
 * for Spring contexts), built from templates made once per content; generated audio
 * ({@code audio}) and music libraries ({@code library}), shared with the benchmarks.
 */
package org.moomoo.testsupport;

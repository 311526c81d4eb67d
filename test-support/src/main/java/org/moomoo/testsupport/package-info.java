/**
 * What the tests of every module share: a fresh database per test class on the real server
 * ({@link org.moomoo.testsupport.FreshDatabase}, {@link org.moomoo.testsupport.FreshDatabaseInitializer}
 * for Spring contexts), built from templates made once per content, and small helpers such as
 * {@link org.moomoo.testsupport.ModelFolder}.
 */
package org.moomoo.testsupport;

/**
 * The similarity engine's wiring in the jobs application, shared by the collection jobs and
 * {@code moomoo playlist}.
 */
package org.moomoo.jobs.engine;

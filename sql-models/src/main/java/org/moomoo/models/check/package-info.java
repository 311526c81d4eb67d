/**
 * Checking a build: the data tests of the sources a build reads, and of each model once it is
 * built, with the custom SQL tests after the last model they read.
 */
package org.moomoo.models.check;

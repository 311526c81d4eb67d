/**
 * Generated music libraries for tests and benchmarks: folders of distinct, fully tagged mp3 and
 * flac files, and clustered libraries of embedded tracks for the similarity engine.
 */
package org.moomoo.testsupport.library;

/**
 * Generated audio for tests and benchmarks: pure tones, synthetic tracks of five kinds in memory,
 * and full-length encoded tracks made with sox, lame and flac.
 */
package org.moomoo.testsupport.audio;

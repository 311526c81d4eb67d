/** {@code moomoo bench embed}: the embed job with sonic-v1 on generated full-length tracks, beside decoding alone. */
package org.moomoo.benchmarks.embed;

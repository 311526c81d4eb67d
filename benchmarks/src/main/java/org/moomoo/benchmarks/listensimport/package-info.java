/** {@code moomoo bench listens-import}: the import rate of a generated ListenBrainz export. */
package org.moomoo.benchmarks.listensimport;

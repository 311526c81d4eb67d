/**
 * {@code moomoo bench local-files}: the local-files job on a generated tagged library, beside the
 * tag reader alone and the original's mutagen.
 */
package org.moomoo.benchmarks.localfiles;

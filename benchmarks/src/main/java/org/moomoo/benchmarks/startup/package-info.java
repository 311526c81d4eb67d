/** {@code moomoo bench startup}: wall and CPU time of whole moomoo commands run as child processes. */
package org.moomoo.benchmarks.startup;

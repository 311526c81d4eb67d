/**
 * {@code moomoo bench web}: the web page's search latency over a large library and the time to the
 * first audio byte of a Range request, measured against the API server's jar.
 */
package org.moomoo.benchmarks.web;

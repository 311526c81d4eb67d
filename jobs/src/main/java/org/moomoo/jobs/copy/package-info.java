/** Writing rows for PostgreSQL COPY in its text format. */
package org.moomoo.jobs.copy;

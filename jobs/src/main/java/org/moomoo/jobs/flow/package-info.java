/** Flow shapes that several jobs share. */
package org.moomoo.jobs.flow;

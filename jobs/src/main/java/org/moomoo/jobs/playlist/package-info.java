/** The playlist generators in the jobs application, and {@code moomoo playlist} for people and scripts. */
package org.moomoo.jobs.playlist;

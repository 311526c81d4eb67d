/** The collection jobs: create-collections and one job per playlist collection (see README.md). */
package org.moomoo.jobs.collections;

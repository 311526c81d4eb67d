/**
 * The web page (DESIGN 9.18): {@code /} serves {@code static/index.html}, {@code /web/**} its
 * scripts and styles from the jar, nothing from the internet, and no build step.
 */
package org.moomoo.api.web;

/** The client's commands, one picocli class each, and what they share: options, the menu, the output. */
package org.moomoo.client.commands;

/** The top-artists collection: songs like the artists a user plays most. */
package org.moomoo.playlist.topartists;

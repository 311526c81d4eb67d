/** The revisit collections: releases and tracks a user played a lot long ago and little lately. */
package org.moomoo.playlist.revisit;

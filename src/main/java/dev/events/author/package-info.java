/**
 * The author UI under {@code /author}: login and logout, sessions and CSRF tokens, the events browser, and (to
 * come) the editor whose forms are generated from the light module's definitions. Reads and writes the author
 * repository only.
 */
package dev.events.author;

/**
 * Publication: copies approved nodes from the author repository into the public repository, keeping their
 * identifiers, in one save per publication. The approval workflow, versions, the scheduler and the audit
 * trail build on it.
 */
package dev.events.publish;
